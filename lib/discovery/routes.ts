/**
 * URLs of the discovery pages and the bibliography/data downloads. Kept beside lib/site/routes.ts (which builds
 * entry and list URLs) so that every link to these files is built in one place.
 */
import type { EntryId } from '../content/ids';
import { isEntryId } from '../content/ids';

export const CLASSIFICATION_PATH = '/classification';
export const STRATEGY_MATRIX_PATH = '/strategy-matrix';
export const GLOSSARY_PATH = '/glossary';
/** Every glossary term with its section and anchor (GlossaryTermRow[]), for the index page's filter and old links. */
export const GLOSSARY_TERMS_PATH = '/glossary/terms.json';

/** A glossary section's page, optionally at one term: glossarySectionHref('t', 'term-tmb') → "/glossary/t#term-tmb". */
export function glossarySectionHref(key: string, anchor?: string): string {
  return `${GLOSSARY_PATH}/${key}${anchor ? `#${anchor}` : ''}`;
}
/** The bibliography's index page; its sections are /references/a … /references/regulatory-fda (one page per agency). */
export const REFERENCES_PATH = '/references';

/** A bibliography section's page, optionally at one source: referencesSectionHref('s', 'skoulidis-2018-stk11'). */
export function referencesSectionHref(key: string, id?: string): string {
  return `${REFERENCES_PATH}/${key}${id ? `#${id}` : ''}`;
}
export const ENTRIES_JSON_PATH = '/api/entries.json';
export const ENTRIES_SCHEMA_PATH = '/api/entries.schema.json';

/** The bibliography formats, by file extension: BibTeX, RIS, CSL-JSON and GB/T 7714-2015 text. */
export const CITE_FORMATS = ['bib', 'ris', 'json', 'gbt7714.txt'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export interface CiteFormatInfo {
  /** Name shown on download links. */
  label: string;
  /** Content-Type of the download. */
  contentType: string;
}

export const CITE_FORMAT_INFO: Record<CiteFormat, CiteFormatInfo> = {
  bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  'gbt7714.txt': { label: 'GB/T 7714', contentType: 'text/plain; charset=utf-8' },
};

/** The whole bibliography in one format: /references.bib, /references.ris, /references.json, /references.gbt7714.txt. */
export function bibliographyHref(format: CiteFormat): string {
  return `/references.${format}`;
}

/** One entry's references in one format: /cite/stk11-lkb1-loss.bib. */
export function entryCiteHref(id: string, format: CiteFormat): string {
  return `/cite/${id}.${format}`;
}

/** The `[file]` segment of /cite/[file] for an entry and format ("stk11-lkb1-loss.bib"). */
export function citeFileName(id: string, format: CiteFormat): string {
  return `${id}.${format}`;
}

/** Reads the `[file]` segment of /cite/[file]; null unless it is `<valid id>.<known format>` (the format may hold a dot). */
export function parseCiteFile(file: string): { id: EntryId; format: CiteFormat } | null {
  const format = CITE_FORMATS.find((f) => file.endsWith(`.${f}`));
  if (!format) return null;
  const id = file.slice(0, -(format.length + 1));
  return isEntryId(id) ? { id, format } : null;
}

/** Headers for a bibliography download: its type and an attachment filename. */
export function downloadHeaders(format: CiteFormat, filename: string): Record<string, string> {
  return {
    'Content-Type': CITE_FORMAT_INFO[format].contentType,
    'Content-Disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
  };
}
