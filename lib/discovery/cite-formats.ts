/**
 * Bibliography exports: BibTeX, RIS and CSL-JSON from the validated references, and a citation for an atlas page.
 * Pure: references in, text (or JSON-ready objects) out.
 *
 * One writer per source type: journal → article, regulatory → report with the agency as publisher, registry →
 * dataset with the registry id, conference → paper in a meeting. Authors come structured from the bibliography and
 * are formatted by lib/content/authors.ts; an incomplete list ends in "et al." ("and others").
 *
 * Honesty rules. Nothing is filled in: a reference without a DOI gets no doi field, a year only when the
 * bibliography has one. Editorial fields (`notes`, `seenAt`) are never read here. The source review, whose details
 * could not be verified, is exported as a generic document without year, DOI or authors.
 */
import { AGENCIES, type Reference, type RegistryReference, type RegulatoryReference } from '../content/references';
import { bibtexAuthors, cslAuthors, firstAuthorName, risAuthors, type CslName } from '../content/authors';
import type { Kind } from '../content/kinds';
import { SITE_NAME } from '../site/metadata';
import { toGBT7714 } from './gbt7714';
import type { CiteFormat } from './routes';
import { pageRange, parseVolume, type ParsedVolume } from './volume';
import { entryHref } from '../site/routes';

export type { CslName } from '../content/authors';

export { parseVolume, type ParsedVolume } from './volume';

/** The reader-facing line for the source review (fixed text: its editorial notes are never exported). */
export const SOURCE_REVIEW_NOTE = 'Bibliographic details could not be verified.';
const NO_AUTHORS_NOTE = 'Authors not listed in the atlas bibliography.';
const ET_AL_NOTE = 'Author list abbreviated (et al.).';

/** The agency's full name, used as publisher. */
export function agencyName(r: RegulatoryReference): string {
  return AGENCIES[r.agency];
}

/** "ClinicalTrials.gov identifier NCT04294810". */
export function registryLabel(r: RegistryReference): string {
  return `${r.registry} identifier ${r.registryId}`;
}

/** The main link of a source: DOI, then PubMed, then the page. */
export function primaryUrl(r: Reference): string | null {
  switch (r.type) {
    case 'journal':
      return r.doiUrl ?? r.pubmedUrl;
    case 'conference':
      return r.doiUrl ?? r.url ?? null;
    case 'regulatory':
      return r.url;
    case 'registry':
      return r.registryUrl;
  }
}

/** Notes for a reader of an export, built from fields (never from `notes`). */
function readerNotes(r: Reference, vol: ParsedVolume, forRis: boolean): string[] {
  if (r.type === 'journal' && r.sourceReview) return [SOURCE_REVIEW_NOTE];
  const notes: string[] = [];
  if (vol.note) notes.push(vol.note);
  if (r.type === 'journal' || r.type === 'conference') {
    if (!r.authors.length) notes.push(NO_AUTHORS_NOTE);
    else if (forRis && !r.authorsComplete) notes.push(ET_AL_NOTE);
  }
  return notes;
}

function volumeOf(r: Reference): ParsedVolume {
  return r.type === 'journal' ? parseVolume(r.volume) : {};
}

/** [year, month, day] of an ISO date. */
function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/* ------------------------------------------------------------------------------------------------ BibTeX */

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Escapes text for a braced BibTeX field: the ten LaTeX specials become commands. Braces become
 * \textbraceleft{}/\textbraceright{} rather than \{ \}, because BibTeX counts every brace, escaped or not, and an
 * unbalanced field breaks the whole file. Non-ASCII text stays UTF-8 (the file declares its encoding).
 */
export function escapeBibTeX(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]);
}

/** Escapes a title and protects words with capitals after the first letter (PD-1, NSCLC, iRECIST) from lower-casing. */
export function bibtexTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (/\p{Lu}/u.test(w.slice(1)) ? `{${escapeBibTeX(w)}}` : escapeBibTeX(w)))
    .join(' ');
}

/** A DOI or URL in a verbatim field: written as is, except characters that would unbalance the field. */
function verbatim(s: string): string {
  return s.replace(/[{}\\%\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One BibTeX record: @article (journal), @techreport with the agency as institution (regulatory), @misc with the
 * registry and id (registry), @inproceedings with the meeting as booktitle (conference); the source review is @misc
 * without author, year or DOI.
 */
export function bibtexEntry(r: Reference): string {
  const vol = volumeOf(r);
  const fields: [string, string][] = [];
  let type: string;
  if ((r.type === 'journal' || r.type === 'conference') && !(r.type === 'journal' && r.sourceReview) && r.authors.length) {
    fields.push(['author', bibtexAuthors(r.authors, r.authorsComplete, escapeBibTeX)]);
  }
  fields.push(['title', bibtexTitle(r.title)]);
  switch (r.type) {
    case 'journal':
      type = r.sourceReview ? 'misc' : 'article';
      if (!r.sourceReview && r.journal) fields.push(['journal', escapeBibTeX(r.journal)]);
      if (r.year !== undefined && !r.sourceReview) fields.push(['year', String(r.year)]);
      break;
    case 'conference':
      type = 'inproceedings';
      fields.push(['booktitle', escapeBibTeX(r.meeting)]);
      if (r.journal) fields.push(['series', escapeBibTeX(r.journal)]);
      fields.push(['year', String(r.year)]);
      if (r.date) fields.push(['month', MONTHS[dateParts(r.date)[1] - 1]]);
      break;
    case 'regulatory': {
      type = 'techreport';
      const [y, m] = dateParts(r.date);
      fields.push(
        ['institution', escapeBibTeX(agencyName(r))],
        ['type', 'Regulatory decision'],
        ['year', String(y)],
        ['month', MONTHS[m - 1]],
        ['date', r.date],
      );
      fields.push(['note', escapeBibTeX(`Indication: ${r.indication}`)]);
      break;
    }
    case 'registry':
      type = 'misc';
      fields.push(['howpublished', escapeBibTeX(r.registry)], ['number', escapeBibTeX(r.registryId)]);
      if (r.sponsor) fields.push(['organization', escapeBibTeX(r.sponsor)]);
      fields.push(['note', escapeBibTeX(registryLabel(r))]);
      break;
  }
  if (vol.volume) fields.push(['volume', escapeBibTeX(vol.volume)]);
  if (vol.issue) fields.push(['number', escapeBibTeX(vol.issue)]);
  if (vol.pages) {
    const [first, last] = pageRange(vol.pages);
    fields.push(['pages', escapeBibTeX(last ? `${first}--${last}` : first)]);
  }
  const notes = readerNotes(r, vol, false);
  if (notes.length) fields.push(['note', escapeBibTeX(notes.join(' '))]);
  if ((r.type === 'journal' || r.type === 'conference') && r.doi) fields.push(['doi', verbatim(r.doi)]);
  if (r.type === 'journal' && r.pmid) fields.push(['pmid', r.pmid]);
  const url = primaryUrl(r);
  if (url) fields.push(['url', verbatim(url)]);
  return `@${type}{${r.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** The references as a BibTeX file (UTF-8), in the order given, each keyed by its atlas reference id. */
export function toBibTeX(refs: readonly Reference[]): string {
  const head = `% ${SITE_NAME}: bibliography export\n% Encoding: UTF-8\n`;
  return [head, ...refs.map(bibtexEntry)].join('\n');
}

/* --------------------------------------------------------------------------------------------------- RIS */

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

const RIS_TYPE = { journal: 'JOUR', regulatory: 'GOVDOC', registry: 'DATA', conference: 'CPAPER' } as const;

/** One RIS record (lines joined by CRLF, as the format asks). GEN for the source review. */
export function risEntry(r: Reference): string {
  const vol = volumeOf(r);
  const review = r.type === 'journal' && r.sourceReview;
  const lines = [risLine('TY', review ? 'GEN' : RIS_TYPE[r.type]), risLine('ID', r.id)];
  if ((r.type === 'journal' || r.type === 'conference') && !review) for (const n of risAuthors(r.authors)) lines.push(risLine('AU', n));
  lines.push(risLine('TI', r.title));
  switch (r.type) {
    case 'journal':
      if (!review && r.journal) lines.push(risLine('T2', r.journal));
      if (r.year !== undefined && !review) lines.push(risLine('PY', String(r.year)));
      break;
    case 'conference':
      lines.push(risLine('T2', r.meeting));
      if (r.journal) lines.push(risLine('T3', r.journal));
      lines.push(risLine('PY', String(r.year)));
      if (r.date) lines.push(risLine('DA', r.date.replace(/-/g, '/')));
      break;
    case 'regulatory':
      lines.push(
        risLine('PB', agencyName(r)),
        risLine('PY', r.date.slice(0, 4)),
        risLine('DA', r.date.replace(/-/g, '/')),
        risLine('AB', `Indication: ${r.indication}`),
      );
      for (const d of r.drugs ?? []) lines.push(risLine('KW', d));
      break;
    case 'registry':
      lines.push(risLine('PB', r.registry), risLine('AN', r.registryId));
      if (r.sponsor) lines.push(risLine('A2', r.sponsor));
      break;
  }
  if (vol.volume) lines.push(risLine('VL', vol.volume));
  if (vol.issue) lines.push(risLine('IS', vol.issue));
  if (vol.pages) {
    const [first, last] = pageRange(vol.pages);
    lines.push(risLine('SP', first));
    if (last) lines.push(risLine('EP', last));
  }
  if ((r.type === 'journal' || r.type === 'conference') && r.doi) lines.push(risLine('DO', r.doi));
  if (r.type === 'journal') {
    if (r.pmid) lines.push(risLine('AN', r.pmid), risLine('DB', 'PubMed'));
    if (r.doiUrl) lines.push(risLine('UR', r.doiUrl));
    if (r.pubmedUrl) lines.push(risLine('UR', r.pubmedUrl));
  } else {
    const url = r.type === 'conference' ? (r.url ?? r.doiUrl) : primaryUrl(r);
    if (url) lines.push(risLine('UR', url));
  }
  const notes = readerNotes(r, vol, true);
  if (notes.length) lines.push(risLine('N1', notes.join(' ')));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** The references as an RIS file, in the order given. */
export function toRIS(refs: readonly Reference[]): string {
  return refs.map((r) => `${risEntry(r)}\r\n`).join('\r\n');
}

/* ---------------------------------------------------------------------------------------------- CSL-JSON */

/** The subset of CSL-JSON (citation-style-language schema 1.0.2) these exports use. */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'document' | 'report' | 'dataset' | 'paper-conference';
  title: string;
  'container-title'?: string;
  'event-title'?: string;
  publisher?: string;
  genre?: string;
  number?: string;
  author?: CslName[];
  issued?: { 'date-parts': [number[]] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  URL?: string;
  note?: string;
}

/** One CSL-JSON item. */
export function cslItem(r: Reference): CslItem {
  const vol = volumeOf(r);
  const review = r.type === 'journal' && r.sourceReview;
  let item: CslItem;
  switch (r.type) {
    case 'journal':
      item = { id: r.id, type: review ? 'document' : 'article-journal', title: r.title };
      if (!review) {
        if (r.journal) item['container-title'] = r.journal;
        if (r.authors.length) item.author = cslAuthors(r.authors);
        if (r.year !== undefined) item.issued = { 'date-parts': [[r.year]] };
      }
      break;
    case 'conference':
      item = { id: r.id, type: 'paper-conference', title: r.title, 'event-title': r.meeting };
      if (r.journal) item['container-title'] = r.journal;
      if (r.authors.length) item.author = cslAuthors(r.authors);
      item.issued = { 'date-parts': [r.date ? dateParts(r.date) : [r.year]] };
      break;
    case 'regulatory':
      item = {
        id: r.id,
        type: 'report',
        title: r.title,
        publisher: agencyName(r),
        genre: 'Regulatory decision',
        issued: { 'date-parts': [dateParts(r.date)] },
      };
      break;
    case 'registry':
      item = { id: r.id, type: 'dataset', title: r.title, publisher: r.registry, number: r.registryId, genre: 'Trial registration' };
      break;
  }
  if (vol.volume) item.volume = vol.volume;
  if (vol.issue) item.issue = vol.issue;
  if (vol.pages) item.page = vol.pages;
  if ((r.type === 'journal' || r.type === 'conference') && r.doi) item.DOI = r.doi;
  if (r.type === 'journal' && r.pmid) item.PMID = r.pmid;
  const url = primaryUrl(r);
  if (url) item.URL = url;
  const notes = readerNotes(r, vol, true);
  if (r.type === 'regulatory') notes.unshift(`Indication: ${r.indication}`);
  if (notes.length) item.note = notes.join(' ');
  return item;
}

/** The references as CSL-JSON items, in the order given (serialise with JSON.stringify). */
export function toCSLJSON(refs: readonly Reference[]): CslItem[] {
  return refs.map(cslItem);
}

/**
 * The references in one download format: BibTeX, RIS, CSL-JSON (pretty-printed) or GB/T 7714-2015 text (numbered in
 * the order given, lib/discovery/gbt7714.ts), each ending in a newline.
 */
export function formatReferences(refs: readonly Reference[], format: CiteFormat): string {
  if (format === 'bib') return toBibTeX(refs);
  if (format === 'ris') return toRIS(refs);
  if (format === 'gbt7714.txt') return toGBT7714(refs);
  return `${JSON.stringify(toCSLJSON(refs), null, 2)}\n`;
}

/* ---------------------------------------------------------------------------------------- Cite this page */

export interface PageCitation {
  /** The formatted citation, Vancouver style for a part of a web site. */
  text: string;
  title: string;
  /** The site's name. */
  container: string;
  /** The entry's last-reviewed date (YYYY-MM-DD). */
  lastReviewed: string;
  /** URL of the page: absolute under the configured public origin, else root-relative. */
  url: string;
}

/**
 * A citation for an atlas entry page: its title, the atlas name, its last-reviewed date and its URL under
 * `siteUrl` (the public origin, trailing slashes ignored). No access date: the build cannot know when it is read.
 */
export function citeThisPage(entry: { kind: Kind; id: string; title: string; lastReviewed: string }, siteUrl: string): PageCitation {
  const url = `${siteUrl.replace(/\/+$/, '')}${entryHref(entry.kind, entry.id)}`;
  const title = entry.title.trim();
  const end = /[.?!]$/.test(title) ? '' : '.';
  return {
    text: `${title}${end} In: ${SITE_NAME} [Internet]. Last reviewed ${entry.lastReviewed}. Available from: ${url}`,
    title,
    container: SITE_NAME,
    lastReviewed: entry.lastReviewed,
    url,
  };
}

/* ------------------------------------------------------------------------------------------- Display helpers */

/** The sort key of the bibliography page: first author (or group), else the agency, else the title; lowercased. */
export function referenceSortKey(r: Reference): string {
  const first =
    r.type === 'journal' || r.type === 'conference' ? firstAuthorName(r.authors) : r.type === 'regulatory' ? r.agency : undefined;
  return (first ?? r.title).toLocaleLowerCase('en');
}
