/**
 * Fixture files for the evidence model: a bibliography with a regulatory and a registry source beside the
 * journal ones, a phase 3 trial that tests s-one, and a drug with an approval. Each builder takes extra or replacement frontmatter lines.
 */
import type { RawFile } from '@/lib/content/read-files';
import { entryIds, goodFiles, overviewOf, REFS, withFiles } from './fixture-files';

export const EVIDENCE_REFS = `${REFS}- id: fda-approval
  type: regulatory
  agency: FDA
  date: 2020-05-15
  indication: First-line metastatic NSCLC with PD-L1 ≥1%, with ipilimumab
  url: https://www.fda.gov/drugs/example-approval
  title: FDA approves drugmab for first-line NSCLC
  supports: The approval of drugmab.
- id: trial-registry
  type: registry
  registryId: NCT01234567
  title: Drugmab plus chemotherapy versus chemotherapy (TRIAL-1)
  phase: '3'
  supports: The design of TRIAL-1.
`;

const common = (title: string, zh: string) => `title: ${title}
titleZh: ${zh}
summary: A summary of ${title} that is long enough to pass the minimum length rule of the schema.
references: [ref-one]
evidenceContext: nsclc
lastReviewed: 2026-11-24`;

/** Replaces `key: …` lines of `base` by those in `lines` (same key), and appends the rest. */
function frontmatter(base: string, lines: string[]): string {
  const keyOf = (l: string) => /^([A-Za-z]+):/.exec(l)?.[1];
  const replaced = new Set(lines.map(keyOf));
  // A replaced key drops its block: the key line and the indented lines under it.
  const out: string[] = [];
  let skipping = false;
  for (const l of base.split('\n')) {
    const k = keyOf(l);
    if (k !== undefined) skipping = replaced.has(k);
    else if (!l.startsWith(' ')) skipping = false;
    if (!skipping) out.push(l);
  }
  return [...out, ...lines.filter((l) => keyOf(l) !== undefined || l.startsWith(' '))].join('\n');
}

export const TRIAL_BASE = `${common('Trial one', '试验一')}
acronym: TRIAL-1
registryId: NCT01234567
phase: '3'
setting: advanced-first-line
population: Adults with untreated advanced NSCLC.
tumourType: NSCLC
status: completed
randomised: 600
arms:
  - id: experimental
    label: Drugmab plus chemotherapy
  - id: control
    label: Chemotherapy
outcomes:
  - endpoint: OS
    primary: true
    arm: experimental
    versus: control
    analysis: primary
    effect: { measure: hr, value: 0.62, ciLow: 0.5, ciHigh: 0.78 }
    p: 0.0001
    met: true
    source: ref-one
  - endpoint: ORR
    primary: false
    arm: experimental
    versus: control
    analysis: primary
    effect: { measure: proportion, responders: 120, total: 300, versusResponders: 60, versusTotal: 300 }
    source: trial-registry
    reportedBy: sponsor
strategies: [s-one]`;

export const DRUG_BASE = `${common('Drugmab', '药物单抗')}
brandNames: [Drugtruda]
target: PD-1
drugClass: anti-PD-1
approvals:
  - agency: FDA
    date: 2020-05-15
    indication: First-line metastatic NSCLC with PD-L1 ≥1%, with ipilimumab
    nsclc: true
    source: fda-approval
strategies: []`;

export const trialFile = (id = 'trial-one', ...lines: string[]): RawFile => ({
  path: `content/trials/${id}.mdx`,
  text: `---\n${frontmatter(TRIAL_BASE, lines)}\n---\n\n## Design\n\nIt tests [strategy one](s-one) <Cite id="ref-one" />.\n`,
});

export const drugFile = (id = 'drug-one', ...lines: string[]): RawFile => ({
  path: `content/drugs/${id}.mdx`,
  text: `---\n${frontmatter(DRUG_BASE, lines)}\n---\n\n## What it is\n\nA drug of [strategy one](s-one) <Cite id="ref-one" />.\n`,
});

/** Strategy s-one of the good corpus with its `stage` line replaced by `stage` (none: the stage is derived). */
export function strategyOne(stage?: string): RawFile {
  const f = goodFiles().find((x) => x.path === 'content/strategies/s-one.mdx')!;
  const text = f.text.replace(/^stage: .*\n/m, '').replace(/^targets: (.*)$/m, (line) => (stage ? `${line}\nstage: ${stage}` : line));
  return { path: f.path, text };
}

/**
 * The good corpus with the evidence bibliography, trial trial-one (which tests s-one), s-one without a hand-typed
 * stage (it is derived from trial-one), and `files`; an overview lists every trial and drug, so none is an orphan.
 */
export function evidenceFiles(...files: RawFile[]): RawFile[] {
  const base = [{ path: 'content/references.yaml', text: EVIDENCE_REFS }, trialFile(), strategyOne()];
  const all = withFiles(...base.filter((b) => !files.some((f) => f.path === b.path)), ...files);
  return [...all, overviewOf(entryIds(all.filter((f) => /^content\/(trials|drugs)\//.test(f.path))))];
}
