import { formatAuthorList, type Author } from '@/lib/content/authors';
import { AGENCIES, type Reference } from '@/lib/content/references';

/** A link to a source's page; every address comes from validated fields (https, DOI or PubMed patterns). */
function Out({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** "Sharma P, Wargo JA, et al. " before the title, or nothing when no author is listed. */
function Authors({ authors, complete }: { authors: readonly Author[]; complete: boolean }) {
  const text = formatAuthorList(authors, complete);
  if (!text) return null;
  return <>{text.endsWith('.') ? text : `${text}.`} </>;
}

/**
 * One reference, Vancouver-like, per type: a journal article with DOI and PubMed links; a regulatory decision with
 * agency, date, indication and link; a trial registration with its id (linked to ClinicalTrials.gov for NCT ids);
 * a conference abstract with its meeting. Editorial fields (`notes`, `seenAt`) are never read.
 */
export function ReferenceText({ r }: { r: Reference }) {
  switch (r.type) {
    case 'journal':
      return (
        <>
          <Authors authors={r.authors} complete={r.authorsComplete} />
          {r.title}.
          {r.journal && (
            <>
              {' '}
              <em>{r.journal}</em>
            </>
          )}
          {r.year ? `. ${r.year}` : ''}
          {r.volume ? `;${r.volume}` : ''}. {r.doiUrl && <Out href={r.doiUrl}>doi:{r.doi}</Out>}
          {r.doiUrl && r.pubmedUrl && ' · '}
          {r.pubmedUrl && <Out href={r.pubmedUrl}>PubMed {r.pmid}</Out>}
          {r.sourceReview && <span className="muted"> Bibliographic details unverified.</span>}
          <span className="muted"> Evidence: {r.evidenceContext}.</span>
        </>
      );
    case 'conference':
      return (
        <>
          <Authors authors={r.authors} complete={r.authorsComplete} />
          {r.title}. Presented at <em>{r.meeting}</em>; {r.date ?? r.year}.{r.journal && <> {r.journal}.</>}{' '}
          {r.doiUrl && <Out href={r.doiUrl}>doi:{r.doi}</Out>}
          {r.doiUrl && r.url && ' · '}
          {r.url && <Out href={r.url}>Abstract page</Out>}
          <span className="muted"> Evidence: {r.evidenceContext}.</span>
        </>
      );
    case 'regulatory':
      return (
        <>
          <abbr title={AGENCIES[r.agency]}>{r.agency}</abbr>. {r.title}. <time dateTime={r.date}>{r.date}</time>.
          {r.drugs && <> {r.drugs.join('; ')}.</>} Indication: {r.indication}. <Out href={r.url}>Decision page</Out>
        </>
      );
    case 'registry':
      return (
        <>
          {r.title}. {r.registry}: {r.registryUrl ? <Out href={r.registryUrl}>{r.registryId}</Out> : r.registryId}.
          {r.phase && <> Phase {r.phase}.</>}
          {r.sponsor && <> Sponsor: {r.sponsor}.</>}
        </>
      );
  }
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
