/** Short citation labels ("Skoulidis et al. 2018") for compact source lists that link to the bibliography. */
import { firstAuthorName } from '../content/authors';
import type { Reference } from '../content/references';

/**
 * "Surname 2020" for one author, "Surname et al. 2020" for more (or an incomplete list), "Source review" for the
 * atlas's source review. Without authors, the journal or meeting stands in; a regulatory decision reads
 * "FDA 2023", a registration "NCT04294810". Nothing is guessed.
 */
export function shortCitation(r: Reference): string {
  switch (r.type) {
    case 'regulatory':
      return `${r.agency} ${r.date.slice(0, 4)}`;
    case 'registry':
      return r.registryId;
    case 'journal':
    case 'conference': {
      if (r.type === 'journal' && r.sourceReview) return 'Source review';
      const year = r.year ? ` ${r.year}` : '';
      const first = firstAuthorName(r.authors);
      if (!first) return `${r.type === 'journal' ? (r.journal ?? r.title) : r.meeting}${year}`;
      const many = r.authors.length > 1 || !r.authorsComplete;
      return `${first}${many ? ' et al.' : ''}${year}`;
    }
  }
}
