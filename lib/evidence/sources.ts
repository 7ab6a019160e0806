/**
 * A source as statements, outcomes and approvals point to it from outside the entry's own reference list: a short
 * label and the link a reader follows, and the identifiers an export carries. Editorial fields (`notes`, `seenAt`)
 * are never read.
 */
import { firstAuthorName } from '../content/authors';
import type { Reference } from '../content/references';

/** The identifiers of a source: DOI, PMID, registry id and the address of its page, where it has them. */
export interface SourceIds {
  key: string;
  type: Reference['type'];
  doi: string | null;
  pmid: string | null;
  registryId: string | null;
  url: string | null;
}

/** The identifiers of `r` (null fields where the type has none). */
export function sourceIds(r: Reference): SourceIds {
  switch (r.type) {
    case 'journal':
      return { key: r.id, type: r.type, doi: r.doi ?? null, pmid: r.pmid, registryId: null, url: r.doiUrl ?? r.pubmedUrl };
    case 'conference':
      return { key: r.id, type: r.type, doi: r.doi ?? null, pmid: null, registryId: null, url: r.url ?? r.doiUrl };
    case 'regulatory':
      return { key: r.id, type: r.type, doi: null, pmid: null, registryId: null, url: r.url };
    case 'registry':
      return { key: r.id, type: r.type, doi: null, pmid: null, registryId: r.registryId, url: r.registryUrl };
  }
}

/** A short label: "Doe 2020", "FDA 2024-03-01", "NCT04294810", "Doe (ASCO 2023)". */
export function sourceLabel(r: Reference): string {
  switch (r.type) {
    case 'journal':
      return [firstAuthorName(r.authors) ?? r.journal ?? r.title.slice(0, 40), r.year].filter(Boolean).join(' ');
    case 'conference':
      return `${firstAuthorName(r.authors) ?? r.title.slice(0, 40)} (${r.meeting})`;
    case 'regulatory':
      return `${r.agency} ${r.date}`;
    case 'registry':
      return r.registryId;
  }
}
