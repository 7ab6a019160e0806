/**
 * What trial, strategy and drug pages show about outcomes and approvals: effects as text, the hazard-ratio rows
 * of a forest plot, the trials that test a strategy, approvals grouped by agency. Pure: takes entries, returns data.
 */
import type { Entry } from '../content/build-corpus';
import type { ApprovalData } from '../content/kinds/drug';
import { ENDPOINT_LABEL, ENDPOINT_LABEL_ZH, type OutcomeData, type TrialData } from '../content/kinds/trial';
import { AGENCIES } from '../content/references';
import { pValueText, type ReportedDecimal, type ReportedP } from '../content/reported';
import type { Locale } from '../i18n/locales';
import { outcomeLabels } from './outcome-labels';
import { latestOutcomes, orderOutcomes } from './outcome-order';

export type TrialEntry = Extract<Entry, { kind: 'trial' }>;
export type DrugEntry = Extract<Entry, { kind: 'drug' }>;

/** `s` ending with a full stop (added unless it ends with . ! or ?, or in Chinese 。！？). */
export function sentence(s: string, locale: Locale = 'en'): string {
  const t = s.trim();
  if (/[.!?。！？]$/.test(t)) return t;
  return locale === 'zh' && /[\u3400-\u9fff）”]$/.test(t) ? `${t}。` : `${t}.`;
}

/** The label of an arm by id (the id itself if the trial has no such arm, which validation already reports). */
export function armLabel(t: Pick<TrialData, 'arms'>, id: string | undefined): string | null {
  if (id === undefined) return null;
  return t.arms.find((a) => a.id === id)?.label ?? id;
}

const pct = (n: number, d: number) => `${Math.round((1000 * n) / d) / 10}%`;
const UNIT_ZH = { months: '个月', weeks: '周' } as const;

/**
 * An outcome's effect as one line of text, every number with the digits its source printed:
 * "HR 0.50 (95% CI 0.37–0.68)", "45/100 (45%) vs 30/100 (30%)", "Median 10.3 vs 6.0 months", "31.9% vs 16.3% at 5 years";
 * in Chinese "HR 0.50，95% CI 0.37–0.68", "45/100（45%）对比30/100（30%）", "中位10.3个月对比6.0个月".
 */
export function effectText(o: Pick<OutcomeData, 'effect' | 'met'>, locale: Locale = 'en'): string {
  const L = outcomeLabels(locale);
  const zh = locale === 'zh';
  const e = o.effect;
  if (!e) return o.met === undefined ? L.noNumbers : `${o.met ? L.met : L.notMet}${zh ? '；' : '; '}${L.noNumbersAfter}`;
  switch (e.measure) {
    case 'hr':
      return zh
        ? `HR ${e.value.text}，${e.ciLevel.text}% ${L.ci} ${e.ciLow.text}–${e.ciHigh.text}`
        : `HR ${e.value.text} (${e.ciLevel.text}% ${L.ci} ${e.ciLow.text}–${e.ciHigh.text})`;
    case 'proportion': {
      const share = (n: number, d: number) => (zh ? `${n}/${d}（${pct(n, d)}）` : `${n}/${d} (${pct(n, d)})`);
      const mine = share(e.responders, e.total);
      return e.versusResponders !== undefined && e.versusTotal !== undefined
        ? `${mine}${L.vs}${share(e.versusResponders, e.versusTotal)}`
        : mine;
    }
    case 'median':
      if (zh)
        return `${L.median}${e.value.text}${UNIT_ZH[e.unit]}${e.versusValue !== undefined ? `${L.vs}${e.versusValue.text}${UNIT_ZH[e.unit]}` : ''}`;
      return `${L.median} ${e.value.text}${e.versusValue !== undefined ? `${L.vs}${e.versusValue.text}` : ''} ${e.unit}`;
    case 'rate':
      return `${e.value.text}%${e.versusValue !== undefined ? `${L.vs}${e.versusValue.text}%` : ''}${e.at ? `${L.at}${e.at}` : ''}`;
  }
}

/**
 * A P value as printed ("0.005", "<0.001", "≤0.05"), with "one-sided"/"two-sided" where the source says which;
 * "not formally tested" for an outcome the hierarchy did not test; an em dash when not reported.
 */
export function pText(o: Pick<OutcomeData, 'p' | 'pSided' | 'tested'>, locale: Locale = 'en'): string {
  const L = outcomeLabels(locale);
  if (o.tested === false) return L.notTested;
  if (!o.p) return L.notReported;
  return `${pValueText(o.p)}${o.pSided ? (locale === 'zh' ? `（${L.sided[o.pSided]}）` : ` (${L.sided[o.pSided]})`) : ''}`;
}

/** Which analysis an outcome is, with its data cut-off and follow-up where stated: "Updated analysis (data cut-off 2020-03; median follow-up 59.9 months)". */
export function analysisText(o: Pick<OutcomeData, 'analysis' | 'dataCutoff' | 'followUp'>, locale: Locale = 'en'): string {
  const L = outcomeLabels(locale);
  const extra = [o.dataCutoff && `${L.dataCutoff} ${o.dataCutoff}`, o.followUp && `${L.followUp} ${o.followUp}`].filter(Boolean);
  if (locale === 'zh') return `${L.analysis[o.analysis]}${extra.length ? `（${extra.join('；')}）` : ''}`;
  return `${L.analysis[o.analysis]}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

export const REPORTED_BY_LABEL: Record<OutcomeData['reportedBy'], string> = {
  'peer-reviewed': 'Peer-reviewed paper',
  sponsor: 'Sponsor-reported (not peer-reviewed)',
  conference: 'Conference presentation',
};

export const REPORTED_BY_LABEL_ZH: Record<OutcomeData['reportedBy'], string> = {
  'peer-reviewed': '同行评议论文',
  sponsor: '申办方公布（未经同行评议）',
  conference: '学术会议报告',
};

/** One row of a forest plot and of the table beside it. */
export interface HrRow {
  /** Trial entry id. */
  trial: string;
  acronym: string;
  endpoint: OutcomeData['endpoint'];
  endpointLabel: string;
  /** "Arm A vs arm B". */
  comparison: string;
  population: string | null;
  value: ReportedDecimal;
  ciLow: ReportedDecimal;
  ciHigh: ReportedDecimal;
  ciLevel: ReportedDecimal;
  p: ReportedP | undefined;
  pSided: OutcomeData['pSided'];
  tested: boolean;
  met: boolean | undefined;
  primary: boolean;
  analysis: OutcomeData['analysis'];
  dataCutoff: string | undefined;
  followUp: string | undefined;
  /** The most recent analysis of its endpoint in this trial. */
  latest: boolean;
  reportedBy: OutcomeData['reportedBy'];
  source: string;
}

/**
 * How hrRows writes a row in another language: the locale, and the text of an arm label or an outcome's population
 * (its translation, or the English) by arm id or outcome index.
 */
export interface HrRowText {
  locale: Locale;
  arm(id: string, english: string): string;
  population(index: number, english: string): string;
}

const ENGLISH_ROWS: HrRowText = { locale: 'en', arm: (_id, english) => english, population: (_i, english) => english };

/**
 * The hazard-ratio outcomes of a trial, each endpoint's most recent analysis first (see outcome-order.ts); with
 * `latestOnly`, only the most recent analysis of each endpoint (what a strategy's forest plot shows). `text` writes
 * arms and populations in another language.
 */
export function hrRows(
  t: Pick<TrialData, 'acronym' | 'arms' | 'outcomes'> & { id: string },
  { latestOnly = false, text = ENGLISH_ROWS }: { latestOnly?: boolean; text?: HrRowText } = {},
): HrRow[] {
  const current = new Set(latestOutcomes(t.outcomes));
  const L = outcomeLabels(text.locale);
  const arm = (id: string | undefined) => {
    const english = armLabel(t, id);
    return english === null || id === undefined ? english : text.arm(id, english);
  };
  const index = new Map(t.outcomes.map((o, i) => [o, i]));
  return orderOutcomes(t.outcomes).flatMap(({ outcome: o, latest }) => {
    const e = o.effect;
    if (latestOnly && !current.has(o)) return [];
    return e?.measure === 'hr'
      ? [
          {
            trial: t.id,
            acronym: t.acronym,
            endpoint: o.endpoint,
            endpointLabel: (text.locale === 'zh' ? ENDPOINT_LABEL_ZH : ENDPOINT_LABEL)[o.endpoint],
            comparison: `${arm(o.arm)}${L.vs}${arm(o.versus) ?? L.comparator}`,
            population: o.population ? text.population(index.get(o)!, o.population) : null,
            value: e.value,
            ciLow: e.ciLow,
            ciHigh: e.ciHigh,
            ciLevel: e.ciLevel,
            p: o.p,
            pSided: o.pSided,
            tested: o.tested,
            met: o.met,
            primary: o.primary,
            analysis: o.analysis,
            dataCutoff: o.dataCutoff,
            followUp: o.followUp,
            latest,
            reportedBy: o.reportedBy,
            source: o.source,
          },
        ]
      : [];
  });
}

/**
 * A forest-plot label for a row: "KEYNOTE-024 OS" or "KEYNOTE-024 OS (PD-L1 ≥ 50%)" across trials (each the most
 * recent analysis, which the plot's note says); within one trial, with the analysis: "OS, updated".
 */
export function hrRowLabel(r: HrRow, withTrial: boolean, locale: Locale = 'en'): string {
  const L = outcomeLabels(locale);
  const zh = locale === 'zh';
  const head = withTrial ? `${r.acronym} ${r.endpoint}` : `${r.endpoint}${zh ? '，' : ', '}${L.analysisShort[r.analysis]}`;
  if (!r.population) return head;
  return zh ? `${head}（${r.population}）` : `${head} (${r.population})`;
}

/** The estimate column of a forest-plot row, as printed: "0.50 (0.37–0.68)". */
export function hrEstimateText(r: Pick<HrRow, 'value' | 'ciLow' | 'ciHigh'>): string {
  return `${r.value.text} (${r.ciLow.text}–${r.ciHigh.text})`;
}

/** The trial entries that list strategy `id`, in the order given (pass them in list order). */
export function trialsOfStrategy(entries: readonly Entry[], id: string): TrialEntry[] {
  return entries.filter((e): e is TrialEntry => e.kind === 'trial' && e.strategies.includes(id));
}

/** Approvals grouped by agency (in the order of AGENCIES), each group by date, oldest first. */
export function approvalsByAgency<A extends Pick<ApprovalData, 'agency' | 'date'>>(
  approvals: readonly A[],
): { agency: keyof typeof AGENCIES; name: string; approvals: A[] }[] {
  return (Object.keys(AGENCIES) as (keyof typeof AGENCIES)[])
    .map((agency) => ({
      agency,
      name: AGENCIES[agency],
      approvals: approvals.filter((a) => a.agency === agency).sort((a, b) => a.date.localeCompare(b.date)),
    }))
    .filter((g) => g.approvals.length > 0);
}

/** Whether an endpoint was met, as the tables print it: "Met", "Not met", or an em dash when not reported. */
export function metText(met: boolean | undefined, locale: Locale = 'en'): string {
  const L = outcomeLabels(locale);
  return met === undefined ? L.notReported : met ? L.met : L.notMet;
}

/** The text cells of a hazard-ratio row in a forest plot's table: arms, HR with CI, P, whether it was met, and the analysis. */
export function hrCells(r: HrRow, locale: Locale = 'en'): [arms: string, effect: string, p: string, met: string, analysis: string] {
  return [
    r.comparison,
    effectText({ effect: { measure: 'hr', value: r.value, ciLow: r.ciLow, ciHigh: r.ciHigh, ciLevel: r.ciLevel } }, locale),
    pText(r, locale),
    metText(r.met, locale),
    analysisText(r, locale),
  ];
}

/** A forest-plot row's numbers: the drawing's values, and the estimate text as the source printed it. */
export function hrPlotNumbers(r: HrRow): { value: number; ciLow: number; ciHigh: number; text: string } {
  return { value: r.value.value, ciLow: r.ciLow.value, ciHigh: r.ciHigh.value, text: hrEstimateText(r) };
}
