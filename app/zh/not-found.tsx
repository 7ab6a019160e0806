import { NotFoundBody } from '@/components/pages/not-found-body';
import { setLocale } from '@/components/i18n/locale';

export default function ChineseNotFound() {
  setLocale('zh');
  return <NotFoundBody />;
}
