/**
 * The static export's Chinese not-found page (copied to app/zh/404/page.tsx by scripts/build-static.ts, which
 * writes it as out/zh/404.html): the same body as app/zh/not-found.tsx, inside the Chinese layout.
 */
import type { Metadata } from 'next';
import { setLocale } from '@/components/i18n/locale';
import { NOT_FOUND_TEXT, NotFoundBody } from '@/components/pages/not-found-body';

export const dynamic = 'force-static';

export const metadata: Metadata = { title: NOT_FOUND_TEXT.zh.title, robots: { index: false } };

export default function ChineseNotFoundPage() {
  setLocale('zh');
  return <NotFoundBody />;
}
