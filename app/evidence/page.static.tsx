/**
 * The static copy's /evidence (copied over page.tsx by scripts/build-static.ts): rendered once, unfiltered; the
 * island applies the URL's filters in the browser from /evidence/statements.json.
 */
import type { Metadata } from 'next';
import { EvidencePage } from './evidence-page';
import { EVIDENCE_PATH } from '@/lib/evidence/filter';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'Evidence statements',
  description:
    'Every graded evidence statement of the atlas (levels A–E, modelled on CIViC), filterable by level, type, direction, tumour context and the entries it concerns.',
  alternates: { canonical: EVIDENCE_PATH },
};

export default async function Page() {
  return EvidencePage({ params: {}, staticCopy: true });
}
