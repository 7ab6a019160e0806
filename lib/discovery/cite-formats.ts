/**
 * Bibliography exports: BibTeX, RIS and CSL-JSON from the validated references, and a citation for an atlas page.
 * Pure: references in, text (or JSON-ready objects) out.
 *
 * Honesty rules. Nothing is filled in: a reference without a DOI gets no doi field, a year only when the
 * bibliography has one. Author lists are converted only where they read as "Surname Initials"; verification
 * remarks in the bibliography ("first author's surname only; confirm") are never exported as names, and a list
 * known to be incomplete ends in "et al." ("and others"). The source review, whose details could not be verified,
 * is exported as a generic document without year, DOI or authors, with its verification note.
 */
import type { Reference } from '../content/references';
import type { Kind } from '../content/kinds';
import { SITE_NAME } from '../site/metadata';
import { entryHref } from '../site/routes';

/** A person ("Sharma", "P.") or a collective/unparsed name kept as written. */
export type CiteName = { family: string; given?: string } | { literal: string };

export interface ParsedAuthors {
  names: CiteName[];
  /** True when the list is known to be incomplete ("et al.", or a remark saying so). */
  etAl: boolean;
}

/** Trailing parentheticals that name a collective author rather than a verification remark. */
const COLLECTIVE = /\b(investigators|group|taskforce|task force|consortium|committee|collaborators|society|network)$/i;
const PERSON = /^((?:(?:de|del|della|da|di|van|von|der|den|le|la)\s+)*\p{Lu}[\p{L}'’.\- ]*?)\s+(\p{Lu}(?:-?\p{Lu}){0,3})$/u;
const SURNAME_ONLY = /^\p{Lu}[\p{L}'’\-]+$/u;

function initials(s: string): string {
  return s.replace(/(\p{Lu})/gu, '$1.').replace(/\.(?=\p{Lu})/gu, '. ');
}

/**
 * Reads a Vancouver author list ("Sharma P, Hu-Lieskovan S, Wargo JA, et al. (X Investigators)"). Initials become
 * "J. A."; a trailing collective name becomes a literal name; "et al." and remarks such as "(first author's
 * surname only; confirm)" set `etAl`; text that is no name at all ("not seen (confirm on PubMed)") yields no names.
 */
export function parseAuthors(authors: string): ParsedAuthors {
  let rest = authors.replace(/\s+/g, ' ').trim();
  let collective: string | null = null;
  let etAl = false;
  const paren = rest.match(/^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/);
  if (paren) {
    rest = paren[1];
    const inner = paren[2].trim();
    if (COLLECTIVE.test(inner)) collective = inner;
    else etAl = true; // a remark about the list means the list is not complete
  }
  const names: CiteName[] = [];
  const unparsed: string[] = [];
  for (let part of rest.split(/\s*,\s*/).filter(Boolean)) {
    if (/(^|\s)et al\.?$/i.test(part)) {
      etAl = true;
      part = part.replace(/\s*et al\.?$/i, '');
      if (!part) continue;
    }
    const person = part.match(PERSON);
    if (person) names.push({ family: person[1], given: initials(person[2]) });
    else if (SURNAME_ONLY.test(part)) names.push({ family: part });
    else {
      unparsed.push(part);
      names.push({ literal: part });
    }
  }
  // Free text instead of names ("not shown in the source excerpt"): export no names rather than a wrong one.
  if (unparsed.length && unparsed.length === names.length) return { names: collective ? [{ literal: collective }] : [], etAl: false };
  if (collective) names.push({ literal: collective });
  return { names, etAl };
}

export interface ParsedVolume {
  volume?: string;
  issue?: string;
  /** Page range or article number as written ("121-126", "e000398", "1259-1271.e11"). */
  pages?: string;
  /** A trailing remark such as "epub 9 Sep 2024". */
  note?: string;
}

/** Splits "16(2):121-126 (epub …)" into volume, issue, pages and note; anything else is kept whole as the volume. */
export function parseVolume(v: string | undefined): ParsedVolume {
  if (!v) return {};
  const m = v.trim().match(/^([^\s():]+)(?:\(([^()\s]+)\))?(?::(\S+))?(?:\s*\((.+)\))?$/);
  if (!m) return { volume: v.trim() };
  const out: ParsedVolume = { volume: m[1] };
  if (m[2]) out.issue = m[2];
  if (m[3]) out.pages = m[3];
  if (m[4]) out.note = m[4];
  return out;
}

/** Splits a page range at its single hyphen ("e143-e152" → ["e143", "e152"]); an article number has no end. */
function pageRange(pages: string): [string, string | undefined] {
  const m = pages.match(/^([^-]+)-([^-]+)$/);
  return m ? [m[1], m[2]] : [pages, undefined];
}

/** A reference whose bibliographic identity is known (DOI or PMID), i.e. everything but the source review. */
function isVerified(r: Reference): boolean {
  return !r.sourceReview && Boolean(r.doi || r.pmid);
}

/** Notes a reader of an export should see: a volume remark, and a warning when no author could be exported. */
function exportNotes(r: Reference, authors: ParsedAuthors, vol: ParsedVolume): string[] {
  if (r.sourceReview) return [r.notes ?? 'Bibliographic details could not be verified.'];
  const notes: string[] = [];
  if (vol.note) notes.push(vol.note);
  if (!authors.names.length) notes.push('Author list not verified.');
  return notes;
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
  return s.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]);
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

function bibtexName(n: CiteName): string {
  if ('literal' in n) return `{${escapeBibTeX(n.literal)}}`;
  return n.given ? `${escapeBibTeX(n.family)}, ${n.given}` : escapeBibTeX(n.family);
}

/** A DOI or URL in a verbatim field: written as is, except characters that would unbalance the field. */
function verbatim(s: string): string {
  return s.replace(/[{}\\%\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** One BibTeX record. Verified references are @article; the source review is @misc without year or DOI. */
export function bibtexEntry(r: Reference): string {
  const authors = parseAuthors(r.authors);
  const vol = parseVolume(r.volume);
  const fields: [string, string][] = [];
  if (!r.sourceReview && authors.names.length) {
    fields.push(['author', [...authors.names.map(bibtexName), ...(authors.etAl ? ['others'] : [])].join(' and ')]);
  }
  fields.push(['title', bibtexTitle(r.title)]);
  if (r.sourceReview) fields.push(['howpublished', escapeBibTeX(r.journal)]);
  else fields.push(['journal', escapeBibTeX(r.journal)]);
  if (r.year !== undefined && !r.sourceReview) fields.push(['year', String(r.year)]);
  if (vol.volume) fields.push(['volume', escapeBibTeX(vol.volume)]);
  if (vol.issue) fields.push(['number', escapeBibTeX(vol.issue)]);
  if (vol.pages) {
    const [first, last] = pageRange(vol.pages);
    fields.push(['pages', escapeBibTeX(last ? `${first}--${last}` : first)]);
  }
  const notes = exportNotes(r, authors, vol);
  if (notes.length) fields.push(['note', escapeBibTeX(notes.join(' '))]);
  if (r.doi) fields.push(['doi', verbatim(r.doi)]);
  if (r.pmid) fields.push(['pmid', r.pmid]);
  const url = r.doiUrl ?? r.pubmedUrl;
  if (url) fields.push(['url', verbatim(url)]);
  const type = isVerified(r) ? 'article' : 'misc';
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

function risName(n: CiteName): string {
  if ('literal' in n) return n.literal;
  return n.given ? `${n.family}, ${n.given}` : n.family;
}

/** One RIS record (lines joined by CRLF, as the format asks). JOUR for verified references, GEN for the source review. */
export function risEntry(r: Reference): string {
  const authors = parseAuthors(r.authors);
  const vol = parseVolume(r.volume);
  const lines = [risLine('TY', isVerified(r) ? 'JOUR' : 'GEN'), risLine('ID', r.id)];
  if (!r.sourceReview) for (const n of authors.names) lines.push(risLine('AU', risName(n)));
  lines.push(risLine('TI', r.title));
  if (!r.sourceReview) lines.push(risLine('T2', r.journal));
  if (r.year !== undefined && !r.sourceReview) lines.push(risLine('PY', String(r.year)));
  if (vol.volume) lines.push(risLine('VL', vol.volume));
  if (vol.issue) lines.push(risLine('IS', vol.issue));
  if (vol.pages) {
    const [first, last] = pageRange(vol.pages);
    lines.push(risLine('SP', first));
    if (last) lines.push(risLine('EP', last));
  }
  if (r.doi) lines.push(risLine('DO', r.doi));
  if (r.pmid) lines.push(risLine('AN', r.pmid), risLine('DB', 'PubMed'));
  if (r.doiUrl) lines.push(risLine('UR', r.doiUrl));
  if (r.pubmedUrl) lines.push(risLine('UR', r.pubmedUrl));
  const notes = exportNotes(r, authors, vol);
  if (authors.etAl && !r.sourceReview) notes.push('Author list abbreviated (et al.).');
  if (notes.length) lines.push(risLine('N1', notes.join(' ')));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** The references as an RIS file, in the order given. */
export function toRIS(refs: readonly Reference[]): string {
  return refs.map((r) => `${risEntry(r)}\r\n`).join('\r\n');
}

/* ---------------------------------------------------------------------------------------------- CSL-JSON */

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** The subset of CSL-JSON (citation-style-language schema 1.0.2) these exports use. */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'document';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number]] };
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
  const authors = parseAuthors(r.authors);
  const vol = parseVolume(r.volume);
  const item: CslItem = { id: r.id, type: isVerified(r) ? 'article-journal' : 'document', title: r.title };
  if (!r.sourceReview) {
    item['container-title'] = r.journal;
    if (authors.names.length) item.author = authors.names.map((n) => ({ ...n }));
    if (r.year !== undefined) item.issued = { 'date-parts': [[r.year]] };
  }
  if (vol.volume) item.volume = vol.volume;
  if (vol.issue) item.issue = vol.issue;
  if (vol.pages) item.page = vol.pages;
  if (r.doi) item.DOI = r.doi;
  if (r.pmid) item.PMID = r.pmid;
  const url = r.doiUrl ?? r.pubmedUrl;
  if (url) item.URL = url;
  const notes = exportNotes(r, authors, vol);
  if (authors.etAl && !r.sourceReview) notes.push('Author list abbreviated (et al.).');
  if (notes.length) item.note = notes.join(' ');
  return item;
}

/** The references as CSL-JSON items, in the order given (serialise with JSON.stringify). */
export function toCSLJSON(refs: readonly Reference[]): CslItem[] {
  return refs.map(cslItem);
}

/** The references in one download format: BibTeX, RIS or CSL-JSON (pretty-printed), each ending in a newline. */
export function formatReferences(refs: readonly Reference[], format: 'bib' | 'ris' | 'json'): string {
  if (format === 'bib') return toBibTeX(refs);
  if (format === 'ris') return toRIS(refs);
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
  /** Absolute URL of the page. */
  url: string;
}

/**
 * A citation for an atlas entry page: its title, the atlas name, its last-reviewed date and its URL under
 * `siteUrl` (the public origin, trailing slashes ignored). No access date: the build cannot know when it is read.
 */
export function citeThisPage(
  entry: { kind: Kind; id: string; title: string; lastReviewed: string },
  siteUrl: string,
): PageCitation {
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
