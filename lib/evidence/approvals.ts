/**
 * A drug's approvals as the page's agency × indication table: grouped by agency (FDA, EMA, NMPA, then others), each
 * by date; once the drug is approved in NSCLC anywhere, FDA, EMA and NMPA are always accounted for, by their rows
 * or by a note (the page's `approvalGaps`, else "not found in the sources checked"). Client-safe: data only.
 */
import { AGENCIES, type Agency } from '../content/references';
import { MAIN_AGENCIES, NO_DECISION_FOUND, type ApprovalData, type DrugData, type RefusalData } from '../content/kinds/drug';

export type ApprovalRow = { agency: Agency; name: string } & (
  { approval: ApprovalData; note?: undefined } | { approval?: undefined; note: string }
);

export function approvalTable(d: Pick<DrugData, 'approvals' | 'refusals' | 'approvalGaps'>): {
  rows: ApprovalRow[];
  refusals: { agency: Agency; name: string; refusal: RefusalData }[];
} {
  const agencies = Object.keys(AGENCIES) as Agency[];
  const anyNsclc = d.approvals.some((a) => a.nsclc);
  const rows: ApprovalRow[] = [];
  for (const agency of agencies) {
    const own = d.approvals.filter((a) => a.agency === agency).sort((a, b) => a.date.localeCompare(b.date));
    for (const approval of own) rows.push({ agency, name: AGENCIES[agency], approval });
    const gap = d.approvalGaps.filter((g) => g.agency === agency).map((g) => g.note);
    const main = (MAIN_AGENCIES as readonly Agency[]).includes(agency);
    if (gap.length) rows.push({ agency, name: AGENCIES[agency], note: gap.join(' ') });
    else if (main && anyNsclc && !own.some((a) => a.nsclc)) rows.push({ agency, name: AGENCIES[agency], note: NO_DECISION_FOUND });
  }
  const refusals = [...d.refusals]
    .sort((a, b) => agencies.indexOf(a.agency) - agencies.indexOf(b.agency) || (a.date ?? '').localeCompare(b.date ?? ''))
    .map((refusal) => ({ agency: refusal.agency, name: AGENCIES[refusal.agency], refusal }));
  return { rows, refusals };
}
