import type { Entry } from '@/lib/site/get-site';
import { badgesOf, EVIDENCE_DESCRIPTION, EVIDENCE_LABEL, KIND_INFO } from '@/lib/content/kinds';

/** Kind and classification badges for an entry: the kind, the badges its kind declares, the evidence context. */
export function EntryBadges({ entry, withEvidence = true }: { entry: Entry; withEvidence?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0" aria-label="Classification">
      <li className="badge badge-kind">{KIND_INFO[entry.kind].label}</li>
      {badgesOf(entry).map((b) => (
        <li key={`${b.tone}-${b.label}`} className={`badge badge-${b.tone}`} title={b.title}>
          {b.label}
        </li>
      ))}
      {withEvidence && (
        <li className="badge badge-evidence" title={EVIDENCE_DESCRIPTION[entry.evidenceContext]}>
          {EVIDENCE_LABEL[entry.evidenceContext]}
        </li>
      )}
    </ul>
  );
}
