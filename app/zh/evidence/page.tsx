/** The Chinese edition of this page: the same page component, rendered with the Chinese locale. */
import Page, { generateMetadata as englishMetadata } from '@/app/(en)/evidence/page';
import { setLocale } from '@/components/i18n/locale';
import type { Metadata } from 'next';

type PageProps = Parameters<typeof Page>[0];

export async function generateMetadata(): Promise<Metadata> {
  setLocale('zh');
  return englishMetadata();
}

export default async function ChinesePage(props: PageProps) {
  setLocale('zh');
  return Page(props as never);
}
