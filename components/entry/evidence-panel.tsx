import type { Entry } from '@/lib/site/get-site';
import { EVIDENCE_DESCRIPTION, EVIDENCE_LABEL } from '@/lib/content/kinds';

/** Where the evidence of this entry comes from: NSCLC, or extrapolated from other cancers or models. */
export function EvidencePanel({ entry }: { entry: Entry }) {
  return (
    <section aria-labelledby="evidence-context" className="card p-4 my-4">
      <h2 id="evidence-context" className="text-base font-bold m-0">
        Evidence context: {EVIDENCE_LABEL[entry.evidenceContext]}
      </h2>
      <p className="m-0 mt-1 text-sm">{EVIDENCE_DESCRIPTION[entry.evidenceContext]}</p>
      {entry.evidenceNote && <p className="m-0 mt-1 text-sm">{entry.evidenceNote}</p>}
    </section>
  );
}
