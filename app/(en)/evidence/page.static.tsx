/**
 * The static copy's /evidence (copied over page.tsx by scripts/build-static.ts): rendered once, unfiltered; the
 * island applies the URL's filters in the browser from /evidence/statements.json.
 */
import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { EvidencePage } from './evidence-page';
import { EVIDENCE_PATH } from '@/lib/evidence/filter';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    EVIDENCE_PATH,
    { en: 'Evidence statements', zh: '证据陈述' },
    {
      en: 'Every graded evidence statement of the atlas (levels A–E, modelled on CIViC), filterable by level, type, direction, tumour context and the entries it concerns.',
      zh: '图谱中全部分级证据陈述（A–E 级，参照 CIViC），可按级别、类型、方向、肿瘤背景及所涉条目筛选。',
    },
  );
}

export default async function Page() {
  return EvidencePage({ params: {}, staticCopy: true });
}
