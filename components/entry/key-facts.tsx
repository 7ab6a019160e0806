import type { Entry, Site } from '@/lib/site/get-site';
import { AREA_INFO, ORIGIN_LABEL, ORIGIN_ZH, STAGE_LABEL, TIMING_LABEL, TIMING_ZH } from '@/lib/content/kinds';

/** Kind-specific facts as a description list (classification, genes, drugs, trials…). */
export function KeyFacts({ entry }: { entry: Entry; site: Site }) {
  const rows: [string, string][] = [];
  if (entry.kind === 'mechanism') {
    rows.push(['Origin', `${ORIGIN_LABEL[entry.origin]} (${ORIGIN_ZH[entry.origin]})`]);
    rows.push(['Timing', `${TIMING_LABEL[entry.timing]} (${TIMING_ZH[entry.timing]})`]);
    rows.push(['Area', `${AREA_INFO[entry.area].label} — source review §${AREA_INFO[entry.area].section}`]);
  }
  if (entry.kind === 'biomarker') {
    rows.push(['Type', entry.biomarkerType.replace('-', ' ')]);
    if (entry.genes.length) rows.push(['Genes', entry.genes.join(', ')]);
    if (entry.assay) rows.push(['Assay', entry.assay]);
  }
  if (entry.kind === 'cell-or-molecule') {
    rows.push(['Type', entry.entityType.replace('-', ' ')]);
    rows.push(['Role in anti-tumour immunity', entry.role.replace('-', ' ')]);
  }
  if (entry.kind === 'strategy') {
    rows.push(['Stage of evidence', STAGE_LABEL[entry.stage]]);
    rows.push(['Tumour context', entry.tumourContext]);
    if (entry.drugs.length) rows.push(['Drugs', entry.drugs.join(', ')]);
    if (entry.trials.length) rows.push(['Trials', entry.trials.join(', ')]);
  }
  if (entry.kind === 'topic' && entry.area) {
    rows.push(['Area', `${AREA_INFO[entry.area].label} — source review §${AREA_INFO[entry.area].section}`]);
  }
  if (entry.aliases.length) rows.push(['Also known as', entry.aliases.join(' · ')]);
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm m-0">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="m-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
