/** The Chinese edition of this page: the same page component, rendered with the Chinese locale. */
import Page, { generateMetadata as englishMetadata, generateStaticParams } from '@/app/(en)/glossary/[section]/page';
import { setLocale } from '@/components/i18n/locale';
import type { Metadata } from 'next';

export const dynamicParams = false;
export { generateStaticParams };
type PageProps = Parameters<typeof Page>[0];

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  setLocale('zh');
  return englishMetadata(props as never);
}

export default async function ChinesePage(props: PageProps) {
  setLocale('zh');
  return Page(props as never);
}
