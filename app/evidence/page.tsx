import type { Metadata } from 'next';
import { EvidencePage } from './evidence-page';
import { EVIDENCE_PATH } from '@/lib/evidence/filter';

export const metadata: Metadata = {
  title: 'Evidence statements',
  description:
    'Every graded evidence statement of the atlas (levels A–E, modelled on CIViC), filterable by level, type, direction, tumour context and the entries it concerns.',
  // Filtered views consolidate to the one page.
  alternates: { canonical: EVIDENCE_PATH },
};

/** Rendered per request from the query string, so the filter form works without JavaScript (`npm start`). */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return EvidencePage({ params: await searchParams });
}
