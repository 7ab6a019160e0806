/**
 * The Chinese not-found page, prerendered at /zh/404 (out/zh/404.html in the static export): the server
 * (scripts/server.mjs) and static hosts answer unknown paths under /zh/ with it and status 404.
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
