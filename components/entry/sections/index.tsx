/**
 * The kind-specific sections of entry pages, one component per key of SECTION_KEYS. A kind lists the sections its
 * pages show (`sections` in its declaration); the page renders them in that order through this one map, and each
 * section that has something to show for the entry gets a table-of-contents item.
 */
import type { ReactNode } from 'react';
import type { Entry, Site } from '@/lib/site/get-site';
import { sectionsOf, type BilingualLabel, type SectionKey } from '@/lib/content/kinds';
import { getLocale } from '../../i18n/locale';
import { collectStatements, statementsConcerning, type StatementRecord } from '@/lib/evidence/statements';
import { trialsOfStrategy } from '@/lib/evidence/trials';
import { shownStage } from '@/lib/content/kinds/strategy';
import { ApprovalsSection } from './approvals';
import { EvidenceSection } from './evidence';
import { FindingsSection } from './findings';
import { OutcomesSection } from './outcomes';
import { StageSection } from './stage';
import { TrialsForestSection } from './trials-forest';

/** What a section may read: the site, the entry, and the statements that concern the entry. */
export interface SectionContext {
  site: Site;
  entry: Entry;
  statements: StatementRecord[];
}

export interface EntrySection {
  /** The heading's id (also the table-of-contents anchor); distinct from the slugs body headings get. */
  id: string;
  /** Heading text and table-of-contents label, in both languages. */
  title: BilingualLabel;
  /** Whether the section has anything to show for this entry. */
  shows(ctx: SectionContext): boolean;
  render(ctx: SectionContext): ReactNode;
}

export const SECTIONS = {
  outcomes: {
    id: 'trial-outcomes',
    title: { en: 'Outcomes', zh: '结局' },
    shows: ({ entry }) => entry.kind === 'trial' && entry.outcomes.length > 0,
    render: ({ entry, site }) => <OutcomesSection entry={entry} site={site} />,
  },
  stage: {
    id: 'stage-of-evidence',
    title: { en: 'Stage of evidence', zh: '证据阶段' },
    shows: ({ entry }) => entry.kind === 'strategy' && shownStage(entry, entry.derived) !== null,
    render: ({ entry, site }) => <StageSection entry={entry} site={site} />,
  },
  'trials-forest': {
    id: 'trials-and-hazard-ratios',
    title: { en: 'Trials and hazard ratios', zh: '临床试验与风险比' },
    shows: ({ entry, site }) => trialsOfStrategy(site.entries, entry.id).length > 0,
    render: ({ entry, site }) => <TrialsForestSection entry={entry} site={site} />,
  },
  approvals: {
    id: 'approvals-by-agency',
    title: { en: 'Approvals', zh: '获批情况' },
    shows: ({ entry }) =>
      entry.kind === 'drug' &&
      (entry.approvals.length > 0 || entry.refusals.length > 0 || entry.approvalGaps.length > 0 || entry.development !== undefined),
    render: ({ entry, site }) => <ApprovalsSection entry={entry} site={site} />,
  },
  findings: {
    id: 'findings',
    title: { en: 'Findings in the biomarker explorer', zh: '生物标志物探索工具中的检测结果' },
    shows: ({ entry }) => entry.kind === 'biomarker' && entry.findings.length > 0,
    render: ({ entry, site }) => <FindingsSection entry={entry} site={site} />,
  },
  evidence: {
    id: 'evidence-summary',
    title: { en: 'Evidence summary', zh: '证据汇总' },
    shows: ({ statements }) => statements.length > 0,
    render: ({ entry, site, statements }) => <EvidenceSection entry={entry} site={site} statements={statements} />,
  },
} satisfies Record<SectionKey, EntrySection>;

const memo = new WeakMap<Site, StatementRecord[]>();

/** The context sections of `entry` read (every statement of the site is gathered once per site). */
export function sectionContext(site: Site, entry: Entry): SectionContext {
  if (!memo.has(site)) memo.set(site, collectStatements(site.entries));
  return { site, entry, statements: statementsConcerning(memo.get(site)!, entry.id) };
}

/** The sections of `entry`'s page that have something to show, in the order its kind declares them. */
export function entrySections(ctx: SectionContext): EntrySection[] {
  return sectionsOf(ctx.entry.kind)
    .map((k) => SECTIONS[k] as EntrySection)
    .filter((s) => s.shows(ctx));
}

/** A section's title in the page's language. */
export function sectionTitle(s: EntrySection): string {
  return s.title[getLocale()];
}

/** The sections, each under its heading. */
export function EntrySections({ sections, ctx }: { sections: EntrySection[]; ctx: SectionContext }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-8">
          <h2 id={s.id} className="text-xl font-bold">
            {sectionTitle(s)}
          </h2>
          {s.render(ctx)}
        </section>
      ))}
    </>
  );
}
