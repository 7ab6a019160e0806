/**
 * Chinese translations of entries: `content/<kind>/<id>.zh.mdx` beside the English file. A translation carries only
 * prose (summary, evidence note, evidence claims by id, the kind's prose fields by path, the MDX body) and takes
 * every fact — relations, identifiers, numbers, sources, outcome records — from the English entry.
 *
 * It records what it translates: a hash of the English text of each field and each `##` section
 * (`translated.fields`, `translated.sections`). When the English changes, the translation is **stale** (still
 * shown, with markers), never an error. Structural faults are located errors: no English file, missing or
 * malformed hashes, a claim for an evidence id the English lacks, a field the English lacks or a translation may
 * not set, a heading skeleton, citations, entry links or numbers that differ from the English section it translates.
 */
import { createHash } from 'node:crypto';
import type { Citation, Heading, OutgoingLink } from '../mdx/collected';
import { issue, type ContentIssue } from './issues';
import type { ParsedYaml } from './yaml';

export const TRANSLATION_SUFFIX = '.zh.mdx';

export function isTranslationFile(path: string): boolean {
  return path.endsWith(TRANSLATION_SUFFIX);
}

/** The English file a translation translates. */
export function englishFileOf(path: string): string {
  return `${path.slice(0, -TRANSLATION_SUFFIX.length)}.mdx`;
}

/** The key of the text before the first `##` heading, when there is any. */
export const INTRO_SECTION = '_intro';

/** Frontmatter keys a translation may set. Everything else is a fact of the English entry. */
export const TRANSLATION_KEYS = ['title', 'summary', 'evidenceNote', 'evidence', 'text', 'translated'] as const;

const HASH = /^[0-9a-f]{12}$/;

/** The hash of a translatable English text: 12 hex digits of SHA-256 over the text with its whitespace collapsed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/** One `##` section of an MDX body: its key (the English heading's anchor, or `_intro`) and source lines. */
export interface BodySection {
  key: string;
  /** 1-based first and last line (file lines). */
  from: number;
  to: number;
  text: string;
}

/**
 * Splits a body (file-positioned: frontmatter lines blanked) at its `##` headings, outside code fences.
 * `keys` names the sections in order (the anchors of the `##` headings); an intro with any text comes first.
 */
export function splitSections(body: string, keys: readonly string[]): BodySection[] {
  const lines = body.split('\n');
  const starts: number[] = [];
  let fence = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    else if (!fence && /^##\s/.test(l)) starts.push(i);
  });
  const out: BodySection[] = [];
  const first = starts[0] ?? lines.length;
  const intro = lines.slice(0, first).join('\n');
  if (intro.trim()) out.push({ key: INTRO_SECTION, from: 1, to: first, text: intro });
  starts.forEach((s, n) => {
    const end = starts[n + 1] ?? lines.length;
    out.push({ key: keys[n] ?? `section-${n + 1}`, from: s + 1, to: end, text: lines.slice(s, end).join('\n') });
  });
  return out;
}

/** The `##` heading anchors of a compiled body, in order. */
export function sectionKeys(headings: readonly Heading[]): string[] {
  return headings.filter((h) => h.depth === 2).map((h) => h.id);
}

/**
 * Paths of an entry's prose fields besides summary and evidence note, with their English text:
 * `assay`, `target`, `tumourContext`, `population`, `biomarkerSelection`, `tumourType`, `findings.<id>.note`,
 * `approvals.<n>.indication`, `approvalGaps.<n>.note`, `refusals.<n>.indication|detail`, `development.scope|reason|note`,
 * `arms.<id>.label`, `outcomes.<n>.population`, `outcomes.<n>.note`.
 */
export function proseFields(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['assay', 'target', 'tumourContext', 'population', 'biomarkerSelection', 'tumourType']) {
    if (typeof data[k] === 'string') out[k] = data[k];
  }
  const list = (field: string, keyOf: (item: Record<string, unknown>, i: number) => string, props: string[]) => {
    const items = data[field];
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null) return;
      const rec = item as Record<string, unknown>;
      for (const p of props) if (typeof rec[p] === 'string') out[`${field}.${keyOf(rec, i)}.${p}`] = rec[p];
    });
  };
  const byId = (rec: Record<string, unknown>, i: number) => (typeof rec.id === 'string' ? rec.id : String(i));
  list('findings', byId, ['note']);
  list('arms', byId, ['label']);
  list('approvals', (_r, i) => String(i), ['indication']);
  list('outcomes', (_r, i) => String(i), ['population', 'note']);
  list('approvalGaps', (_r, i) => String(i), ['note']);
  list('refusals', (_r, i) => String(i), ['indication', 'detail']);
  const npr = data.noPrimaryResult;
  if (npr && typeof npr === 'object' && typeof (npr as Record<string, unknown>).reason === 'string') out['noPrimaryResult.reason'] = (npr as Record<string, string>).reason;
  const dev = data.development;
  if (dev && typeof dev === 'object') {
    for (const p of ['scope', 'reason', 'note']) {
      const v = (dev as Record<string, unknown>)[p];
      if (typeof v === 'string') out[`development.${p}`] = v;
    }
  }
  return out;
}

/** Every translatable English field of an entry, by its key in `translated.fields`. */
export function englishFields(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof data.summary === 'string') out.summary = data.summary;
  if (typeof data.evidenceNote === 'string') out.evidenceNote = data.evidenceNote;
  if (Array.isArray(data.evidence)) {
    for (const s of data.evidence) {
      if (s && typeof s === 'object' && typeof s.id === 'string' && typeof s.claim === 'string') out[`evidence.${s.id}`] = s.claim;
    }
  }
  for (const [k, v] of Object.entries(proseFields(data))) out[`text.${k}`] = v;
  return out;
}

/** The translation's own value of field key `key` (`summary`, `evidence.<id>`, `text.<path>`). */
function translatedValue(fm: Record<string, unknown>, key: string): unknown {
  const dot = key.indexOf('.');
  if (dot < 0) return fm[key];
  const group = fm[key.slice(0, dot)];
  return group && typeof group === 'object' ? (group as Record<string, unknown>)[key.slice(dot + 1)] : undefined;
}

/** Numbers a reader checks: decimals, percentages, and integers of two or more digits (single digits are too often part of a name: PD-1, 受体1, β2). */
const NUMBER = /(?<![A-Za-z\u0370-\u03ff\d.,])(?<![A-Za-z\u0370-\u03ff\u3400-\u9fff]-)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)(?![A-Za-z])|(?<![A-Za-z\u0370-\u03ff\d.,])(?<![A-Za-z\u0370-\u03ff\u3400-\u9fff]-)\d+(?:\.\d+)?(?!\d)(?![A-Za-z])/g;

/** The numbers of a text that a translation must keep, as strings with thousands separators removed. */
export function numbersOf(text: string): string[] {
  const plain = text
    .replace(/<[^>]*>/g, ' ') // components and their attributes (ids)
    .replace(/\]\([^)]*\)/g, '] ') // link targets
    .replace(/^#+\s.*$/gm, ' '); // headings are checked as a skeleton, not for numbers
  const out = new Set<string>();
  for (const m of plain.matchAll(NUMBER)) {
    const n = m[0].replace(/,/g, '');
    const after = plain.slice((m.index ?? 0) + m[0].length);
    // A Chinese date writes the month as a number where English writes its name (2016年10月24日, 24 October 2016).
    if (/^\s*月/.test(after)) continue;
    if (n.includes('.') || n.length >= 2 || /^\s*%/.test(after)) out.add(n);
  }
  return [...out].sort();
}

export interface TranslationSource {
  /** English field texts by key (englishFields). */
  fields: Record<string, string>;
  /** English `##` sections. */
  sections: BodySection[];
  /** Citations and links of the English body, with their lines, for per-section comparison. */
  citations: readonly Citation[];
  links: readonly OutgoingLink[];
  headings: readonly Heading[];
}

export interface TranslationBody {
  body: string;
  headings: readonly Heading[];
  citations: readonly Citation[];
  links: readonly OutgoingLink[];
}

/** What a translation's page needs to know about its freshness. */
export interface TranslationState {
  /** Field keys whose English changed or that the translation lacks (summary, evidence.<id>, text.<path>). */
  staleFields: string[];
  /** English `##` section keys whose English changed, was added, or that the translation lacks. */
  staleSections: string[];
  /** The English section key of each `##` heading of the translation, in order (its anchor on the page). */
  sectionKeys: string[];
}

const count = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
};

function multisetDiff(a: Map<string, number>, b: Map<string, number>): { missing: string[]; extra: string[] } {
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [k, n] of a) if ((b.get(k) ?? 0) < n) missing.push(k);
  for (const [k, n] of b) if ((a.get(k) ?? 0) < n) extra.push(k);
  return { missing: missing.sort(), extra: extra.sort() };
}

const within = (s: BodySection) => (x: { line: number }) => x.line >= s.from && x.line <= s.to;
const quoteList = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');

/**
 * Checks one translation against its English entry. `fm` is the parsed frontmatter, `yaml` its positions.
 * Returns the structural issues (errors) and the staleness (never an error).
 */
export function checkTranslation(
  file: string,
  fm: Record<string, unknown>,
  yaml: ParsedYaml,
  zh: TranslationBody,
  en: TranslationSource,
): { issues: ContentIssue[]; state: TranslationState } {
  const issues: ContentIssue[] = [];
  const at = (path: (string | number)[], key = false) => yaml.locate(path, key);
  const push = (path: (string | number)[], field: string, message: string, hint: string, key = false) => {
    const p = at(path, key);
    issues.push(issue(file, p.line, p.column, field, message, hint));
  };

  // 1. Keys a translation may set.
  for (const k of Object.keys(fm)) {
    if (!(TRANSLATION_KEYS as readonly string[]).includes(k)) {
      push([k], k, `A translation may not set "${k}": facts live in the English entry`, `Remove it; a translation carries only ${TRANSLATION_KEYS.join(', ')}.`, true);
    }
  }
  for (const k of ['title', 'summary', 'evidenceNote'] as const) {
    if (fm[k] !== undefined && (typeof fm[k] !== 'string' || !String(fm[k]).trim())) push([k], k, `Expected text in ${k}`, 'Write the Chinese text.');
  }
  for (const group of ['evidence', 'text'] as const) {
    const g = fm[group];
    if (g === undefined) continue;
    if (typeof g !== 'object' || g === null || Array.isArray(g)) {
      push([group], group, `Expected "${group}" to map keys to Chinese text`, group === 'evidence' ? 'Write "<statement id>: <claim>" lines.' : 'Write "<field path>: <text>" lines.');
      continue;
    }
    for (const [k, v] of Object.entries(g)) {
      const key = `${group}.${k}`;
      if (typeof v !== 'string' || !v.trim()) push([group, k], key, `Expected text in ${key}`, 'Write the Chinese text.');
      else if (!(key in en.fields)) {
        const what = group === 'evidence' ? `evidence statement "${k}"` : `prose field "${k}"`;
        const ids = Object.keys(en.fields).filter((f) => f.startsWith(`${group}.`)).map((f) => f.slice(group.length + 1));
        push([group, k], key, `The English entry has no ${what}`, ids.length ? `Use one of: ${ids.join(', ')}.` : `Remove it: the English entry has no ${group === 'evidence' ? 'evidence statements' : 'such fields'}.`, true);
      }
    }
  }

  // 2. The hashes: present and well-formed, one per translated field and per section.
  const tr = fm.translated;
  const hashes = { fields: {} as Record<string, string>, sections: {} as Record<string, string> };
  if (typeof tr !== 'object' || tr === null || Array.isArray(tr)) {
    push(['translated'], 'translated', 'The translation does not record what it translates (no "translated" block)', 'Run `npm run new -- zh <kind> <id>` for a scaffold with the hashes, or copy them from `npm run check:content`.');
  } else {
    for (const part of ['fields', 'sections'] as const) {
      const v = (tr as Record<string, unknown>)[part];
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        push(['translated', part], `translated.${part}`, `Expected translated.${part} to map each ${part === 'fields' ? 'field' : 'section'} to the hash of its English text`, 'Run `npm run new -- zh <kind> <id>` to see the current hashes.');
        continue;
      }
      for (const [k, h] of Object.entries(v)) {
        if (typeof h !== 'string' || !HASH.test(h)) {
          push(['translated', part, k], `translated.${part}.${k}`, `Malformed hash ${JSON.stringify(h)} (expected 12 hex digits)`, 'Copy the hash from `npm run new -- zh <kind> <id>`; never edit it by hand.');
        } else hashes[part][k] = h;
      }
    }
    for (const k of Object.keys(fm)) {
      if (!['summary', 'evidenceNote', 'evidence', 'text'].includes(k)) continue;
      const keys = k === 'evidence' || k === 'text' ? Object.keys((fm[k] as Record<string, unknown>) ?? {}).map((x) => `${k}.${x}`) : [k];
      for (const key of keys) {
        if (key in en.fields && !(key in hashes.fields) && !issues.some((i) => i.field === `translated.fields.${key}`)) {
          push(['translated', 'fields'], 'translated.fields', `No hash recorded for "${key}"`, `Add "${key}: ${textHash(en.fields[key])}" if the translation matches today's English.`);
        }
      }
    }
    for (const k of Object.keys(hashes.fields)) {
      if (translatedValue(fm, k) === undefined) push(['translated', 'fields', k], `translated.fields.${k}`, `A hash is recorded for "${k}", which the translation does not translate`, 'Remove the hash, or add the translated text.', true);
    }
  }

  // 3. The body: one `##` section per recorded English section, in order.
  const recorded = Object.keys(hashes.sections).filter((k) => k !== INTRO_SECTION);
  const zhH2 = zh.headings.filter((h) => h.depth === 2);
  const sections = splitSections(zh.body, recorded);
  const hasIntro = sections[0]?.key === INTRO_SECTION;
  if (zhH2.length !== recorded.length && typeof tr === 'object' && tr !== null) {
    const line = zh.body.split('\n').findIndex((l) => /^##\s/.test(l)) + 1;
    issues.push(
      issue(file, line || 1, 1, 'body', `The translation has ${zhH2.length} "##" sections but records ${recorded.length} English sections`, `Translate each "##" section of the English once, in order (${recorded.join(', ') || 'none recorded'}).`),
    );
  }
  const enSections = new Map(en.sections.map((s) => [s.key, s]));
  const staleSections = new Set<string>();
  for (const s of en.sections) {
    const h = hashes.sections[s.key];
    if (h === undefined || h !== textHash(s.text)) staleSections.add(s.key);
  }
  for (const k of Object.keys(hashes.sections)) if (!enSections.has(k)) staleSections.add(k);
  if (hasIntro && !(INTRO_SECTION in hashes.sections) && typeof tr === 'object' && tr !== null) {
    issues.push(issue(file, sections[0].from, 1, 'body', 'The text before the first "##" heading has no recorded hash', `Add "${INTRO_SECTION}: <hash>" to translated.sections.`));
  }

  // 4. Sections that translate today's English must carry its citations, entry links, heading skeleton and numbers.
  for (const s of sections) {
    const enS = enSections.get(s.key);
    if (!enS || staleSections.has(s.key)) continue;
    const loc = (line: number) => ({ line, column: 1 });
    const cites = multisetDiff(count(en.citations.filter(within(enS)), (c) => c.key), count(zh.citations.filter(within(s)), (c) => c.key));
    if (cites.missing.length) issues.push(issue(file, loc(s.from).line, 1, 'body', `Section "${s.key}" drops the citation${cites.missing.length > 1 ? 's' : ''} ${quoteList(cites.missing)} of the English`, 'Keep every <Cite id="…" /> of the English section, in the sentence it supports.'));
    if (cites.extra.length) issues.push(issue(file, loc(s.from).line, 1, 'body', `Section "${s.key}" cites ${quoteList(cites.extra)}, which the English section does not`, 'A translation adds no source: cite only what the English section cites.'));
    const linkKey = (l: OutgoingLink) => (l.anchor ? `${l.target}#${l.anchor}` : l.target);
    const links = multisetDiff(count(en.links.filter(within(enS)), linkKey), count(zh.links.filter(within(s)), linkKey));
    if (links.missing.length) issues.push(issue(file, s.from, 1, 'body', `Section "${s.key}" drops the link${links.missing.length > 1 ? 's' : ''} to ${quoteList(links.missing)}`, 'Keep every entry link and <Term> of the English section (the link text may be Chinese).'));
    if (links.extra.length) issues.push(issue(file, s.from, 1, 'body', `Section "${s.key}" links to ${quoteList(links.extra)}, which the English section does not`, 'Link only what the English section links.'));
    const enSkeleton = (enS.text.match(/^#{2,6}\s/gm) ?? []).map((x) => x.trim().length).join(' ');
    const zhSkeleton = (s.text.match(/^#{2,6}\s/gm) ?? []).map((x) => x.trim().length).join(' ');
    if (enSkeleton !== zhSkeleton) issues.push(issue(file, s.from, 1, 'body', `Section "${s.key}" has headings of levels [${zhSkeleton}] where the English has [${enSkeleton}]`, 'Keep the English heading skeleton: the same headings at the same levels, in order.'));
    const nums = multisetDiff(new Map(numbersOf(enS.text).map((n) => [n, 1])), new Map(numbersOf(s.text).map((n) => [n, 1])));
    if (nums.missing.length) issues.push(issue(file, s.from, 1, 'body', `Section "${s.key}" lacks the number${nums.missing.length > 1 ? 's' : ''} ${nums.missing.join(', ')} of the English`, 'Keep every number of the English section with its digits (HRs, CIs, P values, percentages, counts, dates).'));
    if (nums.extra.length) issues.push(issue(file, s.from, 1, 'body', `Section "${s.key}" has the number${nums.extra.length > 1 ? 's' : ''} ${nums.extra.join(', ')}, which the English section does not`, 'A translation adds no number: write only the numbers of the English section.'));
  }

  // 5. Fields: stale when the English changed or the translation lacks them; current ones keep the numbers.
  const staleFields: string[] = [];
  for (const [key, english] of Object.entries(en.fields)) {
    const mine = translatedValue(fm, key);
    if (typeof mine !== 'string' || hashes.fields[key] !== textHash(english)) {
      staleFields.push(key);
      continue;
    }
    const nums = multisetDiff(new Map(numbersOf(english).map((n) => [n, 1])), new Map(numbersOf(mine).map((n) => [n, 1])));
    const path = key.includes('.') ? [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)] : [key];
    if (nums.missing.length) push(path, key, `The translation of ${key} lacks the number${nums.missing.length > 1 ? 's' : ''} ${nums.missing.join(', ')}`, 'Keep every number of the English text with its digits.');
    if (nums.extra.length) push(path, key, `The translation of ${key} has the number${nums.extra.length > 1 ? 's' : ''} ${nums.extra.join(', ')}, which the English does not`, 'A translation adds no number.');
  }
  return {
    issues,
    state: { staleFields: staleFields.sort(), staleSections: [...staleSections].sort(), sectionKeys: recorded },
  };
}

/** The `translated` block of a new or refreshed translation: today's hashes of every English field and section. */
export function currentHashes(en: Pick<TranslationSource, 'fields' | 'sections'>): { fields: Record<string, string>; sections: Record<string, string> } {
  return {
    fields: Object.fromEntries(Object.entries(en.fields).map(([k, v]) => [k, textHash(v)])),
    sections: Object.fromEntries(en.sections.map((s) => [s.key, textHash(s.text)])),
  };
}
