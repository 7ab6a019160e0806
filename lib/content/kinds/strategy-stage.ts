/**
 * A strategy's stage of evidence, derived (never hand-typed): an approval of one of its drugs in any tumour makes
 * it "approved"; otherwise its most advanced trial decides (phase 3, or an earlier phase), with that trial's
 * result, so a negative phase 3 shows as such. The basis names the approval or trial, and its source.
 */
import { STAGES, type Stage } from '../vocabulary';

export interface StageApproval {
  drug: string;
  agency: string;
  date: string;
  indication: string;
  nsclc: boolean;
  source: string;
}

export interface StageTrial {
  id: string;
  acronym: string;
  phase: string;
  result: 'positive' | 'negative' | 'mixed' | 'not-reported';
  tumourType: string;
}

export type StageBasis = { type: 'approval'; approval: StageApproval } | { type: 'trial'; trial: StageTrial; negativePhase3: boolean } | { type: 'none' };

export interface DerivedStage {
  /** Null when no linked drug or trial says anything. */
  stage: Stage | null;
  basis: StageBasis;
}

const PHASE_RANK: Record<string, number> = { '1': 1, '1/2': 2, '2': 3, '2/3': 4, '3': 5, '4': 6 };

/** The stage a trial's phase stands for: a seamless phase 2/3 trial counts as phase 3 (its phase 3 part decides). */
export function stageOfPhase(phase: string): Stage {
  return (PHASE_RANK[phase] ?? 0) >= PHASE_RANK['2/3'] ? 'phase-3' : 'early-trial';
}

/**
 * Derives the stage from the approvals of the strategy's drugs and from its trials. Ties are broken towards NSCLC
 * approvals, then the earliest approval; among trials of the top phase, a positive result is preferred as the basis,
 * and `negativePhase3` is true only when every phase 3 trial of the strategy missed its primary endpoint.
 */
export function deriveStage(approvals: readonly StageApproval[], trials: readonly StageTrial[]): DerivedStage {
  if (approvals.length) {
    const best = [...approvals].sort((a, b) => Number(b.nsclc) - Number(a.nsclc) || a.date.localeCompare(b.date))[0];
    return { stage: 'approved', basis: { type: 'approval', approval: best } };
  }
  if (trials.length) {
    const top = Math.max(...trials.map((t) => PHASE_RANK[t.phase] ?? 0));
    const atTop = trials.filter((t) => (PHASE_RANK[t.phase] ?? 0) === top);
    const order = { positive: 0, mixed: 1, 'not-reported': 2, negative: 3 } as const;
    const basis = [...atTop].sort((a, b) => order[a.result] - order[b.result] || a.acronym.localeCompare(b.acronym))[0];
    const stage = stageOfPhase(basis.phase);
    const phase3 = trials.filter((t) => stageOfPhase(t.phase) === 'phase-3');
    const negativePhase3 = stage === 'phase-3' && phase3.length > 0 && phase3.every((t) => t.result === 'negative');
    return { stage, basis: { type: 'trial', trial: basis, negativePhase3 } };
  }
  return { stage: null, basis: { type: 'none' } };
}

/** Orders stages from least to most advanced. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
