import type { Reference } from '@/lib/content/references';

/** One reference, Vancouver-like, with DOI and PubMed links. */
export function ReferenceText({ r }: { r: Reference }) {
  return (
    <>
      {r.authors}. {r.title}. <em>{r.journal}</em>
      {r.year ? `. ${r.year}` : ''}
      {r.volume ? `;${r.volume}` : ''}.{' '}
      {r.doiUrl && (
        <a href={r.doiUrl} rel="noopener noreferrer">
          doi:{r.doi}
        </a>
      )}
      {r.doiUrl && r.pubmedUrl && ' · '}
      {r.pubmedUrl && (
        <a href={r.pubmedUrl} rel="noopener noreferrer">
          PubMed {r.pmid}
        </a>
      )}
      {r.sourceReview && <span className="muted"> Bibliographic details unverified.</span>}
      <span className="muted"> Evidence: {r.evidenceContext}.</span>
    </>
  );
}

/** The numbered reference list of an entry; numbers match the inline citation markers. */
export function ReferencesList({ refs, cited }: { refs: Reference[]; cited: Set<string> }) {
  return (
    <section aria-labelledby="references" className="mt-8">
      <h2 id="references" className="text-xl font-bold">
        References
      </h2>
      <ol className="list-decimal pl-6 space-y-2 text-sm">
        {refs.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            <ReferenceText r={r} />{' '}
            {cited.has(r.id) && (
              <a href={`#cite-${r.id}`} aria-label={`Back to the first citation of reference ${r.id}`}>
                ↩
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
