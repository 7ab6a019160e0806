/** Short citation labels ("Skoulidis et al. 2018") for compact source lists that link to the bibliography. */

export interface CitableReference {
  id: string;
  authors: string;
  journal: string;
  year?: number;
  sourceReview?: true;
}

/**
 * "Surname 2020" for one author, "Surname et al. 2020" for more, "Source review" for the atlas's source review.
 * The surname is the first word of the first author as printed (Vancouver style: "Skoulidis F, …"). Where the
 * bibliography records no author name ("not seen (confirm on PubMed)"), the journal stands in: nothing is guessed.
 */
export function shortCitation(r: CitableReference): string {
  const year = r.year ? ` ${r.year}` : '';
  if (r.sourceReview) return 'Source review';
  const first = r.authors.trim().split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || /^unverified$/i.test(first)) return `${r.journal}${year}`;
  const surname = first.replace(/[,;]$/, '');
  const many = r.authors.includes(',') || /et al\.?/.test(r.authors);
  return `${surname}${many ? ' et al.' : ''}${year}`;
}

/** Where a reference lives on the bibliography page. */
export function referenceHref(id: string): string {
  return `/references#${id}`;
}
