/**
 * What trial, strategy and drug pages show about outcomes and approvals: effects as text, the hazard-ratio rows
 * of a forest plot, the trials that test a strategy, approvals grouped by agency. Pure: takes entries, returns data.
 */
import type { Entry } from '../content/build-corpus';
import type { ApprovalData } from '../content/kinds/drug';
import { ENDPOINT_LABEL, ENDPOINT_LABEL_ZH, type OutcomeData, type TrialData } from '../content/kinds/trial';
import { AGENCIES } from '../content/references';
import { formatRatio } from './forest';

export type TrialEntry = Extract<Entry, { kind: 'trial' }>;
export type DrugEntry = Extract<Entry, { kind: 'drug' }>;

type Locale = 'en' | 'zh';

/** `s` ending with a full stop (added unless it ends with . ! or ?, or in Chinese 。！？). */
export function sentence(s: string, locale: Locale = 'en'): string {
  const t = s.trim();
  if (/[.!?。！？]$/.test(t)) return t;
  return locale === 'zh' && /[\u3400-\u9fff）”]$/.test(t) ? `${t}。` : `${t}.`;
}

/** "vs" between two arms or two numbers; Chinese reports write 对比. */
const VS: Record<Locale, string> = { en: ' vs ', zh: '对比' };

/** The label of an arm by id (the id itself if the trial has no such arm, which validation already reports). */
export function armLabel(t: Pick<TrialData, 'arms'>, id: string | undefined): string | null {
  if (id === undefined) return null;
  return t.arms.find((a) => a.id === id)?.label ?? id;
}

const pct = (n: number, d: number) => `${Math.round((1000 * n) / d) / 10}%`;

const UNIT_ZH = { months: '个月', weeks: '周' } as const;

/**
 * An outcome's effect as one line of text: "HR 0.6 (95% CI 0.41–0.89)", "ORR 45/100 (45%) vs 30/100 (30%)", "12.3 vs 8.1
 * months"; in Chinese "HR 0.6，95% CI 0.41–0.89", "45/100（45%）对比30/100（30%）", "中位12.3个月对比8.1个月".
 */
export function effectText(o: Pick<OutcomeData, 'effect' | 'met'>, locale: Locale = 'en'): string {
  const e = o.effect;
  const zh = locale === 'zh';
  if (!e) {
    if (zh) return o.met === undefined ? '未报告数据' : `${o.met ? '达到' : '未达到'}；未报告数据`;
    return o.met === undefined ? 'No numbers reported' : `${o.met ? 'Met' : 'Not met'}; no numbers reported`;
  }
  switch (e.measure) {
    case 'hr':
      return zh
        ? `HR ${formatRatio(e.value)}，${e.ciLevel}% CI ${formatRatio(e.ciLow)}–${formatRatio(e.ciHigh)}`
        : `HR ${formatRatio(e.value)} (${e.ciLevel}% CI ${formatRatio(e.ciLow)}–${formatRatio(e.ciHigh)})`;
    case 'proportion': {
      const share = (n: number, d: number) => (zh ? `${n}/${d}（${pct(n, d)}）` : `${n}/${d} (${pct(n, d)})`);
      const mine = share(e.responders, e.total);
      return e.versusResponders !== undefined && e.versusTotal !== undefined
        ? `${mine}${VS[locale]}${share(e.versusResponders, e.versusTotal)}`
        : mine;
    }
    case 'median':
      if (zh) return `中位${e.value}${UNIT_ZH[e.unit]}${e.versusValue !== undefined ? `对比${e.versusValue}${UNIT_ZH[e.unit]}` : ''}`;
      return `Median ${e.value}${e.versusValue !== undefined ? ` vs ${e.versusValue}` : ''} ${e.unit}`;
  }
}

/** A P value as printed: "<0.001" below that, otherwise up to three decimals; an em dash when not reported. */
export function pText(p: number | undefined): string {
  if (p === undefined) return '—';
  return p < 0.001 ? '<0.001' : String(Number(p.toFixed(p < 0.01 ? 4 : 3)));
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
  value: number;
  ciLow: number;
  ciHigh: number;
  ciLevel: number;
  p: number | undefined;
  met: boolean | undefined;
  primary: boolean;
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

/** The hazard-ratio outcomes of a trial, in authored order (in English unless `text` says otherwise). */
export function hrRows(t: Pick<TrialData, 'acronym' | 'arms' | 'outcomes'> & { id: string }, text: HrRowText = ENGLISH_ROWS): HrRow[] {
  const arm = (id: string | undefined) => {
    const english = armLabel(t, id);
    return english === null || id === undefined ? english : text.arm(id, english);
  };
  const zh = text.locale === 'zh';
  return t.outcomes.flatMap((o, i) => {
    const e = o.effect;
    return e?.measure === 'hr'
      ? [
          {
            trial: t.id,
            acronym: t.acronym,
            endpoint: o.endpoint,
            endpointLabel: (zh ? ENDPOINT_LABEL_ZH : ENDPOINT_LABEL)[o.endpoint],
            comparison: `${arm(o.arm)}${VS[text.locale]}${arm(o.versus) ?? (zh ? '对照组' : 'comparator')}`,
            population: o.population === undefined ? null : text.population(i, o.population),
            value: e.value,
            ciLow: e.ciLow,
            ciHigh: e.ciHigh,
            ciLevel: e.ciLevel,
            p: o.p,
            met: o.met,
            primary: o.primary,
            reportedBy: o.reportedBy,
            source: o.source,
          },
        ]
      : [];
  });
}

/** A forest-plot label for a row: "KEYNOTE-024 OS" or "KEYNOTE-024 OS (PD-L1 ≥ 50%)" (full-width brackets in Chinese). */
export function hrRowLabel(r: HrRow, withTrial: boolean, locale: Locale = 'en'): string {
  const head = withTrial ? `${r.acronym} ${r.endpoint}` : r.endpoint;
  if (!r.population) return head;
  return locale === 'zh' ? `${head}（${r.population}）` : `${head} (${r.population})`;
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

/** Whether an endpoint was met, as the tables print it: "Met", "Not met" (达到, 未达到), or an em dash when not reported. */
export function metText(met: boolean | undefined, locale: Locale = 'en'): string {
  if (met === undefined) return '—';
  if (locale === 'zh') return met ? '达到' : '未达到';
  return met ? 'Met' : 'Not met';
}

/** The text cells of a hazard-ratio row in a forest plot's table: arms, HR with CI, P and whether it was met. */
export function hrCells(r: HrRow, locale: Locale = 'en'): [arms: string, effect: string, p: string, met: string] {
  return [
    r.comparison,
    effectText({ effect: { measure: 'hr', value: r.value, ciLow: r.ciLow, ciHigh: r.ciHigh, ciLevel: r.ciLevel } }, locale),
    pText(r.p),
    metText(r.met, locale),
  ];
}
