import { AREA_INFO, EVIDENCE_DESCRIPTION, EVIDENCE_LABEL, KIND_INFO, ORIGIN_LABEL, STAGE_LABEL, TIMING_LABEL } from '@/lib/content/kinds';
import type { Entry } from '@/lib/site/get-site';

/** Kind and classification badges for an entry (origin, timing, area, evidence, stage). */
export function EntryBadges({ entry, withEvidence = true }: { entry: Entry; withEvidence?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0" aria-label="Classification">
      <li className="badge badge-kind">{KIND_INFO[entry.kind].label}</li>
      {entry.kind === 'mechanism' && (
        <>
          <li className={`badge badge-${entry.origin}`}>{ORIGIN_LABEL[entry.origin]}</li>
          <li className="badge badge-timing">{TIMING_LABEL[entry.timing]}</li>
          <li className="badge badge-area">{AREA_INFO[entry.area].label}</li>
        </>
      )}
      {entry.kind === 'topic' && entry.area && <li className="badge badge-area">{AREA_INFO[entry.area].label}</li>}
      {entry.kind === 'strategy' && <li className="badge badge-stage">{STAGE_LABEL[entry.stage]}</li>}
      {withEvidence && (
        <li className="badge badge-evidence" title={EVIDENCE_DESCRIPTION[entry.evidenceContext]}>
          {EVIDENCE_LABEL[entry.evidenceContext]}
        </li>
      )}
    </ul>
  );
}
