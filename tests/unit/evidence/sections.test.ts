/**
 * Entry-page sections come from the kind registry (`sections`) through one map of components: trial outcomes with
 * a forest plot and its table, a strategy's derived stage with its basis and a forest plot across its trials, a
 * drug's approvals by agency, and evidence summaries grouped by level and direction.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { EntrySections, entrySections, sectionContext } from '@/components/entry/sections';
import { formatIssue } from '@/lib/content/issues';
import { KINDS, SECTION_KEYS, sectionsOf } from '@/lib/content/kinds';
import { makeSite, type Site } from '@/lib/site/get-site';
import { build, editGood } from '../../helpers/make-corpus';
import { drugFile, evidenceFiles, trialFile } from '../../helpers/evidence-files';

const STATEMENTS = `evidence:
  - id: st-mech-d
    claim: In mouse models, loss of the gene makes tumours resistant to PD-1 blockade.
    type: mechanistic
    direction: supports
    level: D
    context: preclinical
    sources: [ref-two]
  - id: st-mech-a
    claim: In a phase 3 trial, patients with the mechanism did worse on checkpoint blockade.
    type: predictive
    direction: supports
    level: A
    context: nsclc
    sources: [ref-one]
  - id: st-mech-a-neg
    claim: A second phase 3 trial found no difference in benefit by the mechanism.
    type: predictive
    direction: does-not-support
    level: A
    context: nsclc
    sources: [ref-one, ref-two]
`;
const mechanismWithStatements = () => editGood('content/mechanisms/m-one.mdx', 'involves: [x-one]\n', `involves: [x-one]\n${STATEMENTS}`);
const biomarkerStatement = editGood(
  'content/biomarkers/b-one.mdx',
  'genes: [GENE1]\n',
  'genes: [GENE1]\nevidence:\n  - id: st-b-one\n    claim: The biomarker marks the mechanism in resected NSCLC cohorts of moderate size.\n    type: prognostic\n    direction: supports\n    level: B\n    context: nsclc\n    sources: [ref-one]\n    concerns: [m-one]\n',
);

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

async function siteOf(...files: Parameters<typeof evidenceFiles>) {
  const corpus = await build(evidenceFiles(...files));
  expect(corpus.issues.map(formatIssue)).toEqual([]);
  return makeSite(corpus);
}

function page(site: Site, id: string) {
  const entry = site.getEntry(id)!;
  const ctx = sectionContext(site, entry);
  const sections = entrySections(ctx);
  return { ids: sections.map((s) => s.id), html: renderToStaticMarkup(createElement(EntrySections, { sections, ctx })) };
}

describe('sections in the registry', () => {
  it.each(KINDS)('%s names known sections, each once', (k) => {
    const sections = sectionsOf(k);
    expect(sections.filter((key) => !SECTION_KEYS.includes(key))).toEqual([]);
    expect(new Set(sections).size).toBe(sections.length);
  });
});

describe('entry sections', () => {
  let site: Site;
  beforeAll(async () => {
    site = await siteOf(mechanismWithStatements(), biomarkerStatement, drugFile('drug-one', 'strategies: [s-one]'));
  });

  it('a trial page: every outcome record, sponsor results labelled, sources as numbered citations, a forest plot with its table', () => {
    const { ids, html } = page(site, 'trial-one');
    expect(ids).toEqual(['trial-outcomes']);
    const refs = site.getEntry('trial-one')!.refs;
    expect(refs).toEqual(['ref-one', 'trial-registry']);
    expect(html).toContain('<a href="#ref-ref-one" aria-label="Reference 1">[1]</a>');
    expect(html).toContain('<a href="#ref-trial-registry" aria-label="Reference 2">[2]</a>');
    expect(text(html)).toContain(
      'Overall survival (OS), primary Drugmab plus chemotherapy vs Chemotherapy Primary analysis HR 0.62 (95% CI 0.5–0.78) 0.0001 Met Peer-reviewed paper [1]',
    );
    expect(text(html)).toContain(
      'Objective response rate (ORR) Drugmab plus chemotherapy vs Chemotherapy Primary analysis 120/300 (40%) vs 60/300 (20%) — — Sponsor-reported (not peer-reviewed) [2]',
    );
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).toContain('<th scope="col">HR (CI)</th>');
    expect(text(html)).toContain(
      'The numbers of the plot: Hazard ratios of TRIAL-1. Outcome Arms HR (CI) P Endpoint met Analysis Source OS, primary Drugmab plus chemotherapy vs Chemotherapy HR 0.62 (95% CI 0.5–0.78) 0.0001 Met Primary analysis [1]',
    );
  });

  it('a strategy page: the stage with the approval that decides it, and a forest plot across its trials', () => {
    const { ids, html } = page(site, 's-one');
    expect(ids).toEqual(['stage-of-evidence', 'trials-and-hazard-ratios']);
    expect(text(html)).toContain(
      'Approved Decided by the FDA approval of Drugmab on 2020-05-15 (in NSCLC): First-line metastatic NSCLC with PD-L1 ≥1%, with ipilimumab. Source: FDA 2020-05-15 .',
    );
    expect(html).toContain('href="https://www.fda.gov/drugs/example-approval"');
    expect(text(html)).toContain('TRIAL-1 : phase 3, NSCLC, primary endpoint met.');
    // The trial's source is on the strategy's own reference list (second there), so it is cited by that number.
    expect(text(html)).toContain(
      'TRIAL-1 OS Drugmab plus chemotherapy vs Chemotherapy HR 0.62 (95% CI 0.5–0.78) 0.0001 Met Primary analysis [2] (via TRIAL-1 )',
    );
  });

  it('a drug page: approvals as an agency × indication table with date and source; FDA, EMA and NMPA always accounted for', () => {
    const { ids, html } = page(site, 'drug-one');
    expect(ids).toEqual(['approvals-by-agency']);
    expect(text(html)).toBe(
      'Approvals Approvals by agency and indication, oldest first; each with the decision it rests on. Agency Indication as approved Date Pivotal trial Pathway and later decisions Source FDA First-line metastatic NSCLC with PD-L1 ≥1%, with ipilimumab. 2020-05-15 — — [2] EMA No NSCLC approval found in the sources checked. NMPA No NSCLC approval found in the sources checked.',
    );
  });

  it('a mechanism page: its own statements and those naming it, by level (A first) and direction, strongest first', () => {
    const { ids, html } = page(site, 'm-one');
    expect(ids).toEqual(['evidence-summary']);
    const headings = [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => text(m[1]));
    expect(headings).toEqual([
      'Level A (validated): evidence for',
      'Level A (validated): evidence against',
      'Level B (clinical): evidence for',
      'Level D (preclinical): evidence for',
    ]);
    expect(text(html)).toContain(
      'The biomarker marks the mechanism in resected NSCLC cohorts of moderate size. Prognostic · NSCLC · from Biomarker one · Sources: [1]',
    );
  });

  it('a strategy with a negative phase 3 and no approval shows "Phase 3 (negative)"', async () => {
    const negative = trialFile(
      'trial-one',
      'outcomes:',
      '  - endpoint: OS',
      '    analysis: final',
      '    primary: true',
      '    arm: experimental',
      '    versus: control',
      '    effect: { measure: hr, value: 1.02, ciLow: 0.85, ciHigh: 1.22 }',
      '    p: 0.8',
      '    met: false',
      '    source: ref-one',
    );
    const s = await siteOf(negative);
    expect(text(page(s, 's-one').html)).toContain(
      'Phase 3 (negative) Decided by TRIAL-1 (phase 3, NSCLC): primary endpoint not met. Every phase 3 trial of this strategy missed its primary endpoint.',
    );
  });

  it('shows no section with nothing to show', async () => {
    const s = await siteOf();
    expect(page(s, 'm-one').ids).toEqual([]);
    expect(page(s, 'c-one').ids).toEqual([]);
  });
});
