/**
 * Any other address under /zh: the Chinese not-found page (app/zh/not-found.tsx) with status 404. The static
 * export has no server to run this; scripts/build-static.ts swaps it for a prerendered out/zh/404.html, which
 * static hosts serve for unknown paths under /zh/.
 */
import { notFound } from 'next/navigation';
import { setLocale } from '@/components/i18n/locale';

export default function ChineseMissingPage(): never {
  setLocale('zh');
  notFound();
}
