/**
 * What trial, strategy and drug pages show about outcomes and approvals: effects as text, the hazard-ratio rows
 * of a forest plot, the trials that test a strategy, approvals grouped by agency. Pure: takes entries, returns data.
 */
import type { Entry } from '../content/build-corpus';
import type { ApprovalData } from '../content/kinds/drug';
import { ENDPOINT_LABEL, type OutcomeData, type TrialData } from '../content/kinds/trial';
import { AGENCIES } from '../content/references';
import { formatRatio } from './forest';

export type TrialEntry = Extract<Entry, { kind: 'trial' }>;
export type DrugEntry = Extract<Entry, { kind: 'drug' }>;

/** `s` ending with a full stop (added unless it ends with . ! or ?). */
export function sentence(s: string): string {
  return /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

/** The label of an arm by id (the id itself if the trial has no such arm, which validation already reports). */
export function armLabel(t: Pick<TrialData, 'arms'>, id: string | undefined): string | null {
  if (id === undefined) return null;
  return t.arms.find((a) => a.id === id)?.label ?? id;
}

const pct = (n: number, d: number) => `${Math.round((1000 * n) / d) / 10}%`;

/** An outcome's effect as one line of text: "HR 0.6 (95% CI 0.41–0.89)", "ORR 45/100 (45%) vs 30/100 (30%)", "12.3 vs 8.1 months". */
export function effectText(o: Pick<OutcomeData, 'effect' | 'met'>): string {
  const e = o.effect;
  if (!e) return o.met === undefined ? 'No numbers reported' : `${o.met ? 'Met' : 'Not met'}; no numbers reported`;
  switch (e.measure) {
    case 'hr':
      return `HR ${formatRatio(e.value)} (${e.ciLevel}% CI ${formatRatio(e.ciLow)}–${formatRatio(e.ciHigh)})`;
    case 'proportion': {
      const mine = `${e.responders}/${e.total} (${pct(e.responders, e.total)})`;
      return e.versusResponders !== undefined && e.versusTotal !== undefined
        ? `${mine} vs ${e.versusResponders}/${e.versusTotal} (${pct(e.versusResponders, e.versusTotal)})`
        : mine;
    }
    case 'median':
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

/** The hazard-ratio outcomes of a trial, in authored order. */
export function hrRows(t: Pick<TrialData, 'acronym' | 'arms' | 'outcomes'> & { id: string }): HrRow[] {
  return t.outcomes.flatMap((o) => {
    const e = o.effect;
    return e?.measure === 'hr'
      ? [
          {
            trial: t.id,
            acronym: t.acronym,
            endpoint: o.endpoint,
            endpointLabel: ENDPOINT_LABEL[o.endpoint],
            comparison: `${armLabel(t, o.arm)} vs ${armLabel(t, o.versus) ?? 'comparator'}`,
            population: o.population ?? null,
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

/** A forest-plot label for a row: "KEYNOTE-024 OS" or "KEYNOTE-024 OS (PD-L1 ≥ 50%)". */
export function hrRowLabel(r: HrRow, withTrial: boolean): string {
  const head = withTrial ? `${r.acronym} ${r.endpoint}` : r.endpoint;
  return r.population ? `${head} (${r.population})` : head;
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
export function metText(met: boolean | undefined): string {
  return met === undefined ? '—' : met ? 'Met' : 'Not met';
}

/** The text cells of a hazard-ratio row in a forest plot's table: arms, HR with CI, P and whether it was met. */
export function hrCells(r: HrRow): [arms: string, effect: string, p: string, met: string] {
  return [
    r.comparison,
    effectText({ effect: { measure: 'hr', value: r.value, ciLow: r.ciLow, ciHigh: r.ciHigh, ciLevel: r.ciLevel } }),
    pText(r.p),
    metText(r.met),
  ];
}
