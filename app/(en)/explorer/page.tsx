import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Disclaimer } from '@/components/entry/disclaimer';
import { Explorer, type FindingGroup } from '@/components/explorer/explorer.client';
import { FindingsTable } from '@/components/explorer/findings-table';
import { MechanismResult } from '@/components/explorer/mechanism-result';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { collectFindings } from '@/lib/explorer/findings';
import { linkLevels } from '@/lib/explorer/link-levels';
import { collectStatements } from '@/lib/evidence/statements';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/explorer',
    { en: 'Biomarker-profile explorer', zh: '生物标志物谱探索' },
    {
      en: 'Pick biomarker findings (STK11, KRAS, EGFR, PD-L1 TPS, TMB, JAK1/2, B2M/HLA-I, PTEN…) and see the resistance mechanisms the literature links them to and the strategies studied against them.',
      zh: '选择生物标志物检测结果（STK11、KRAS、EGFR、PD-L1 TPS、TMB、JAK1/2、B2M/HLA-I、PTEN 等），查看文献将其关联的耐药机制，以及针对这些机制开展研究的策略。',
    },
  );
}

export default async function ExplorerPage() {
  const site = await getSite();
  const findings = collectFindings(site.entries);
  const mechanisms = site.byKind('mechanism');
  const levels = linkLevels(findings, collectStatements(site.entries));
  const linked = mechanisms.filter((m) => findings.some((f) => f.mechanisms.includes(m.id)));
  const groups: FindingGroup[] = site
    .byKind('biomarker')
    .map((b) => ({
      title: b.title,
      findings: findings
        .filter((f) => f.biomarker === b.id)
        .map((f) => ({ id: f.id, label: f.label, labelZh: f.labelZh, mechanisms: f.mechanisms, note: f.note, levels: levels[f.id] ?? {} })),
    }))
    .filter((g) => g.findings.length);
  const cards = Object.fromEntries(linked.map((m) => [m.id, <MechanismResult key={m.id} site={site} mechanism={m} />]));
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Biomarker-profile explorer' }]} />
      <h1 className="text-3xl font-bold m-0">
        Biomarker-profile explorer{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          生物标志物谱探索
        </span>
      </h1>
      <div className="callout callout-caution mt-4 max-w-3xl">
        <p className="m-0 text-lg font-bold">An educational map of the published literature, not a treatment recommendation.</p>
        <p className="m-0 mt-1">
          It shows which resistance mechanisms the atlas&apos;s sources link to a set of findings, and which strategies are being studied
          against them. It does not predict how a patient will respond, and it does not replace guidelines, a tumour board or the primary
          sources.
        </p>
      </div>
      <p className="mt-4 max-w-3xl">
        Pick the findings of a tumour profile. Mechanisms are ranked by how many of the selected findings link to them; ties go to the
        mechanism with the better evidence level behind those links (the best level, A to E, among the{' '}
        <a href="/evidence#levels">graded statements</a> that concern both the finding&apos;s biomarker and the mechanism; links no
        statement grades come after graded ones), then to the mechanism the findings name first (each finding lists its most direct
        mechanism first), then follow the atlas&apos;s reading order. A higher rank means that more of the selected findings point to a
        mechanism in the literature, not that it is more likely in a given patient. The selection is kept in the address, so the page can be
        shared.
      </p>
      <noscript>
        <p className="callout max-w-3xl">
          Live results need JavaScript. The form still records the selection in the address, and <a href="#all-findings">the table below</a>{' '}
          lists every finding with the mechanisms it is linked to.
        </p>
      </noscript>
      <Explorer groups={groups} mechanismOrder={mechanisms.map((m) => m.id)} cards={cards} />
      <FindingsTable site={site} findings={findings} />
      <Disclaimer />
    </>
  );
}
