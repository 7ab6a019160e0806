/** The Chinese edition of this page: the same page component, rendered with the Chinese locale. */
import Page, { generateMetadata as englishMetadata } from '@/app/(en)/translation-status/page';
import { setLocale } from '@/components/i18n/locale';
import type { Metadata } from 'next';

export const dynamic = 'force-static';
export async function generateMetadata(): Promise<Metadata> {
  setLocale('zh');
  return englishMetadata();
}

export default async function ChinesePage() {
  setLocale('zh');
  return Page();
}
