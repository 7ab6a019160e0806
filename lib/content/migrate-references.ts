/**
 * Converts bibliography items from the old free-text format to the typed, structured one (lib/content/references.ts).
 * Pure: YAML text in, YAML text out; scripts/migrate-references.ts is the command-line wrapper.
 *
 * Old format: no `type` (or `type` with `seen-at`, `nct`, `drug` as in the verified-bibliography drafts), authors as
 * Vancouver prose ("Sharma P, Hu-Lieskovan S, et al. (KEYNOTE-024 Investigators)"), and editorial remarks mixed into
 * authors, supports, volume, doi or registry fields. New format: `type`, `authors: [{ family, given? } | { literal }]`,
 * `authorsComplete`, and every remark moved to `notes`.
 *
 * IDEMPOTENT: an item already in the new format is left exactly as it is, and a file with nothing to convert is
 * returned byte for byte. This is the only place in the code base that reads author prose.
 */
import { isMap, isSeq, parseDocument, YAMLMap, type Document } from 'yaml';
import type { Author } from './authors';

export interface ParsedAuthorText {
  authors: Author[];
  /** false when the text says the list is partial ("et al.", "…", "first author only"). */
  complete: boolean;
  /** Editorial remarks found in the text, for `notes`. */
  remarks: string[];
}

/** Parentheticals or segments that name a group author rather than make a remark. */
const GROUP = /\b(investigators|group|taskforce|task force|consortium|committee|collaborators|network)$/i;
/** Particles that begin a family name ("de Marinis", "van der Heijden"). */
const PARTICLE = String.raw`(?:(?:de|del|della|da|di|van|von|der|den|le|la|dos|du)\s+)`;
/** "Sharma P", "Hu-Lieskovan S", "Rodríguez-Abreu D", "Provencio Pulla M", "de Marinis F", "Morris LGT". */
const PERSON = new RegExp(String.raw`^(${PARTICLE}*\p{Lu}[\p{L}'’\-]*(?:\s+${PARTICLE}*\p{Lu}[\p{Ll}'’\-][\p{L}'’\-]*)*)\s+(\p{Lu}{1,4})$`, 'u');
/** A surname with no initials ("Vijayan", "Ebert"). */
const SURNAME_ONLY = /^\p{Lu}[\p{L}'’\-]+$/u;
/** Text that is a remark about the author list rather than names. */
const NO_NAMES = /^(?:not seen|not shown|unverified|unknown|none seen)\b/i;
/** Remarks that say the list is partial. */
const PARTIAL = /\b(only|first|last|senior|co-senior|co-authors|confirm|not (?:shown|seen|confirmed))\b/i;

/** Splits trailing "(…)" groups (nesting allowed) off a text: "A (b) (c)" → ["A", ["b", "c"]]. */
function trailingParentheticals(text: string): [string, string[]] {
  let rest = text.trim();
  const inner: string[] = [];
  while (rest.endsWith(')')) {
    let depth = 0;
    let start = -1;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (rest[i] === ')') depth++;
      else if (rest[i] === '(') depth--;
      if (depth === 0) {
        start = i;
        break;
      }
    }
    if (start <= 0) break;
    inner.unshift(rest.slice(start + 1, -1).trim());
    rest = rest.slice(0, start).trim();
  }
  return [rest, inner];
}

/**
 * Reads a Vancouver author list as written in the old bibliography. Group names (in parentheses or as a
 * ";"-separated segment) become `{ literal }`; "et al.", an ellipsis or a remark such as "(first author only seen)"
 * make the list incomplete; remarks are returned for `notes`, never as names. Text with no names at all
 * ("not seen (confirm on PubMed)") gives an empty, incomplete list.
 */
export function parseAuthorText(text: string): ParsedAuthorText {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return { authors: [], complete: false, remarks: [] };
  if (NO_NAMES.test(clean)) return { authors: [], complete: false, remarks: [clean] };
  const [body, parens] = trailingParentheticals(clean);
  const remarks: string[] = [];
  const trailingGroups: Author[] = [];
  let complete = true;
  for (const p of parens) {
    if (GROUP.test(p)) trailingGroups.push({ literal: p });
    else {
      remarks.push(p);
      if (PARTIAL.test(p)) complete = false;
    }
  }
  const authors: Author[] = [];
  let gap = false;
  const dropped: string[] = [];
  for (const segment of body.split(/\s*;\s*/).filter(Boolean)) {
    if (GROUP.test(segment) && !segment.includes(',')) {
      authors.push({ literal: segment });
      continue;
    }
    for (let part of segment.split(/\s*,\s*/).filter(Boolean)) {
      if (/^(\.\.\.|…)/.test(part)) {
        gap = true;
        complete = false;
        part = part.replace(/^(\.\.\.|…)\s*/, '');
        if (!part) continue;
      }
      if (/(^|\s)et al\.?$/i.test(part)) {
        complete = false;
        part = part.replace(/\s*et al\.?$/i, '').trim();
        if (!part) continue;
      }
      // After a gap ("Schoenfeld AJ, ... Riely GJ") names are out of order: keep them in the remarks only.
      if (gap) {
        dropped.push(part);
        continue;
      }
      const person = part.match(PERSON);
      if (person) authors.push({ family: person[1], given: person[2] });
      else if (SURNAME_ONLY.test(part)) authors.push({ family: part });
      else if (GROUP.test(part)) authors.push({ literal: part });
      else throw new Error(`Cannot read "${part}" as an author name in "${text}"`);
    }
  }
  if (dropped.length) remarks.unshift(`named after a gap in the list: ${dropped.join(', ')}`);
  return { authors: [...authors, ...trailingGroups], complete, remarks };
}

/** Wording that marks a sentence as an editorial remark, not a fact for readers. */
export const EDITORIAL = /\b(?:confirm|verify|re-?check)\b|\bnot (?:yet )?(?:seen|shown|verified|confirmed)\b|\b(?:unverified|not verified)\b|could not be (?:confirmed|verified)|surname only|only seen|seen only|\bwas not (?:confirmed|verified)\b/i;

/** Splits prose into sentences (". " followed by a capital or an opening bracket). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}(“"])/u);
}

/** Moves sentences with editorial wording out of `text`; returns the kept text (or undefined) and the removed ones. */
export function splitEditorial(text: string): { kept: string | undefined; removed: string[] } {
  const all = sentences(text.replace(/\s+/g, ' ').trim());
  const removed = all.filter((s) => EDITORIAL.test(s));
  if (!removed.length) return { kept: text, removed };
  const kept = all.filter((s) => !EDITORIAL.test(s)).join(' ');
  return { kept: kept || undefined, removed };
}

const AGENCY_CODES = ['FDA', 'EMA', 'NMPA', 'PMDA'];
const COUNTRY = /^(?:China|US|USA|EU|Europe|Japan)$/i;
const KNOWN_MEETINGS = /\b(?:ESMO(?: Congress| Immuno-Oncology| IO)?|ASCO(?: Annual Meeting)?|SITC|AACR(?: Annual Meeting)?|WCLC|ELCC|ESMO Asia)\b(?: \d{4})?/;
const REGISTRY_ALIASES: [RegExp, string][] = [
  [/^clinicaltrials\.gov\b/i, 'ClinicalTrials.gov'],
  [/^chictr\b/i, 'ChiCTR'],
  [/^eudract\b/i, 'EudraCT'],
  [/^ctis\b|^eu ct\b/i, 'CTIS'],
  [/^jrct\b/i, 'jRCT'],
  [/^isrctn\b/i, 'ISRCTN'],
];

type Plain = Record<string, unknown>;

/** True when the item is already in the new format (typed, structured authors where it has any, no draft keys). */
export function isNewFormat(item: Plain): boolean {
  if (typeof item.type !== 'string') return false;
  if ('seen-at' in item || 'nct' in item || 'drug' in item) return false;
  if ('authors' in item && !Array.isArray(item.authors)) return false;
  return true;
}

/** Converts one old-format item (a plain object) to the new format, with fields in a fixed, readable order. */
export function migrateItem(old: Plain): Plain {
  const notes: string[] = [];
  const note = (label: string, text: string) => notes.push(`${label}: ${text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '')}.`);
  const type = typeof old.type === 'string' ? old.type : 'journal';
  const out: Plain = { id: old.id, type };
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? undefined : String(v));
  const seenAt = old['seen-at'] ?? old.seenAt;

  if (type === 'journal' || type === 'conference') {
    const a = typeof old.authors === 'string' ? parseAuthorText(old.authors) : { authors: [], complete: false, remarks: [] };
    out.authors = a.authors;
    out.authorsComplete = a.complete;
    for (const r of a.remarks) note('Author list', r);
  }
  let title = str(old.title);
  if (type === 'regulatory') {
    let agency = str(old.agency) ?? '';
    const [code, parens] = trailingParentheticals(agency);
    if (AGENCY_CODES.includes(code) && parens.every((p) => COUNTRY.test(p))) agency = code;
    out.agency = agency;
    const drug = str(old.drug);
    title ??= `${agency} decision on ${drug ?? str(old.indication) ?? 'an indication'}`;
  }
  if (title !== undefined) out.title = title;

  if (type === 'journal') {
    const journal = str(old.journal);
    if (journal && /^(?:not verified|unverified)\b/i.test(journal)) note('Journal', journal);
    else if (journal !== undefined) out.journal = journal;
  }
  if (type === 'conference') {
    const journal = str(old.journal);
    const meeting = str(old.meeting) ?? `${journal ?? ''} ${title ?? ''} ${typeof old.authors === 'string' ? old.authors : ''}`.match(KNOWN_MEETINGS)?.[0];
    if (meeting) out.meeting = meeting;
    if (journal) out.journal = journal;
  }
  if (old.year !== undefined && old.year !== null) out.year = old.year;
  if (type === 'regulatory') {
    out.date = str(old.date);
    out.indication = str(old.indication);
    const drug = str(old.drug);
    if (Array.isArray(old.drugs)) out.drugs = old.drugs;
    else if (drug) out.drugs = [drug];
  }
  if (type === 'conference' && old.date) out.date = str(old.date);
  const volume = str(old.volume);
  if (volume) {
    const [v, parens] = trailingParentheticals(volume);
    const editorial = parens.filter((p) => EDITORIAL.test(p));
    for (const p of editorial) note('Volume', p);
    out.volume = editorial.length ? [v, ...parens.filter((p) => !EDITORIAL.test(p)).map((p) => `(${p})`)].join(' ') : volume;
  }
  for (const key of ['doi', 'pmid'] as const) {
    if (!(key in old)) continue;
    const v = old[key];
    if (v === null) {
      if (type === 'journal') out[key] = null;
      continue;
    }
    if (type !== 'journal' && type !== 'conference') continue;
    if (key === 'pmid' && type === 'conference') continue;
    if (typeof v === 'string') {
      const [value, parens] = trailingParentheticals(v);
      for (const p of parens) note(key.toUpperCase(), p);
      out[key] = value;
    } else out[key] = v;
  }
  if (type === 'registry') {
    const raw = str(old.registry);
    const nct = str(old.nct) ?? str(old.registryId);
    let registry: string | undefined;
    if (raw) {
      const alias = REGISTRY_ALIASES.find(([re]) => re.test(raw));
      registry = alias?.[1] ?? raw;
      const rest = alias ? raw.replace(alias[0], '').trim() : '';
      if (rest) note('Registry', rest.replace(/^[(/\s]+|[)\s]+$/g, ''));
    }
    if (registry && registry !== 'ClinicalTrials.gov') out.registry = registry;
    if (nct) out.registryId = nct;
    for (const key of ['url', 'sponsor'] as const) if (str(old[key])) out[key] = str(old[key]);
    if (old.phase !== undefined && old.phase !== null) {
      const [phase, parens] = trailingParentheticals(String(old.phase));
      out.phase = phase;
      for (const p of parens) note('Phase', p);
    }
    if (str(old.status)) out.status = str(old.status);
  }
  if (type === 'regulatory' || type === 'conference') {
    const url = str(old.url) ?? firstHttps(seenAt);
    if (url) out.url = url;
  }
  if (str(old.evidenceContext)) out.evidenceContext = str(old.evidenceContext);
  const supports = str(old.supports);
  if (supports) {
    const { kept, removed } = splitEditorial(supports);
    if (kept) out.supports = kept;
    if (removed.length) notes.push(...removed);
  }
  if (old.sourceReview === true) out.sourceReview = true;
  if (old.tier !== undefined) out.tier = old.tier;
  if (seenAt !== undefined) out.seenAt = (Array.isArray(seenAt) ? seenAt : [seenAt]).map((s) => String(s).replace(/\s+/g, ' ').trim());
  const oldNotes = str(old.notes);
  const allNotes = [...(oldNotes ? [oldNotes] : []), ...notes].filter((n, i, a) => a.indexOf(n) === i);
  if (allNotes.length) out.notes = allNotes.join(' ');
  // Anything this function does not know is kept, so validation reports it instead of the migration losing it.
  const handled = new Set(['id', 'type', 'authors', 'title', 'journal', 'meeting', 'year', 'date', 'indication', 'drug', 'drugs', 'agency', 'volume', 'doi', 'pmid', 'url', 'evidenceContext', 'supports', 'sourceReview', 'tier', 'seen-at', 'seenAt', 'notes']);
  if (type === 'registry') for (const k of ['registry', 'nct', 'registryId', 'sponsor', 'phase', 'status']) handled.add(k);
  for (const [k, v] of Object.entries(old)) if (!handled.has(k) && v !== null) out[k] = v;
  return out;
}

/** The first https address in a `seen-at` value ("https://… (remark)"), for a source whose page was not recorded. */
function firstHttps(seenAt: unknown): string | undefined {
  const list = Array.isArray(seenAt) ? seenAt : seenAt === undefined ? [] : [seenAt];
  for (const s of list) {
    const m = String(s).match(/^https:\/\/[^\s)]+/);
    if (m) return m[0];
  }
  return undefined;
}

export interface MigrationResult {
  text: string;
  /** Ids of the items converted (empty when the file was already in the new format). */
  converted: string[];
}

/**
 * Converts every old-format item in a bibliography file and leaves new-format items and comments alone.
 * When nothing needs converting, the input text is returned unchanged.
 */
export function migrateReferencesText(text: string): MigrationResult {
  const doc: Document = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) throw new Error(`YAML syntax error: ${doc.errors[0].message}`);
  if (!isSeq(doc.contents)) throw new Error('Expected a YAML list of references');
  const converted: string[] = [];
  const seq = doc.contents;
  seq.items.forEach((node, i) => {
    if (!isMap(node)) return;
    const plain = node.toJS(doc) as Plain;
    if (isNewFormat(plain)) return;
    const next = doc.createNode(migrateItem(plain)) as YAMLMap;
    flowAuthors(next);
    next.commentBefore = node.commentBefore;
    next.comment = node.comment;
    next.spaceBefore = node.spaceBefore;
    seq.set(i, next);
    converted.push(String(plain.id));
  });
  if (!converted.length) return { text, converted };
  return { text: stringify(doc), converted };
}

/** Authors print one per line as `- { family: Sharma, given: P }`. */
function flowAuthors(map: YAMLMap) {
  const authors = map.get('authors', true);
  if (isSeq(authors)) {
    for (const a of authors.items) if (isMap(a)) a.flow = true;
    if (!authors.items.length) authors.flow = true;
  }
  const seen = map.get('seenAt', true);
  if (isSeq(seen)) seen.flow = false;
}

function stringify(doc: Document): string {
  return doc.toString({ lineWidth: 120, minContentWidth: 40 });
}
