/**
 * The glossary: every entry title, Chinese name and alias as a term, each pointing to the entries that use it,
 * sorted A–Z (then 0–9), and terms that begin with a Chinese character sorted by pinyin in one 中文 section per
 * pinyin initial (中文 A, 中文 B, …). An alias shared by several entries is one term with several links. Each
 * section is one page (/glossary/t, /glossary/zh-m); the index page (/glossary) lists the sections and every term.
 * Pure: entries in, data for the pages out.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import type { Kind } from '../content/kinds';
import { filingCharacter, foldDiacritics, HAN_RANGES, hasHan, ALPHABET, slug, spellGreek } from '../core/text';
import { entryHref } from '../site/routes';
import { foldTerm } from './fold';
import { glossarySectionHref } from './routes';

/** How a term names an entry: its title, its Chinese name or one of its aliases. */
export type TermSource = 'title' | 'titleZh' | 'alias';

export interface GlossaryLink {
  id: EntryId;
  kind: Kind;
  title: string;
  titleZh: string;
  href: string;
  /** The entry summary, trimmed to its first sentence (see shortDefinition). */
  definition: string;
  source: TermSource;
}

export interface GlossaryTerm {
  /** The term as first written (a title's spelling wins over an alias's). */
  term: string;
  /** Fragment id, unique across the whole glossary ("term-tmb"): the same on the index and on the section page. */
  anchor: string;
  /** The term on its section page: "/glossary/t#term-tmb". */
  href: string;
  /** True for terms containing Chinese characters (they get lang="zh-Hans"; only Chinese-first ones go to 中文). */
  zh: boolean;
  /** The entries this term names: titles first, then Chinese names, then aliases, each in input order. */
  links: GlossaryLink[];
}

/** Latin letters, digits and Other; or the Chinese sections, one per pinyin initial. */
export type GlossaryGroup = 'latin' | 'zh';

export interface GlossarySection {
  /** Section key: "a"…"z", "0-9", "other", or "zh-a"…"zh-z" (a pinyin initial). */
  key: string;
  /** Heading text: "A"…"Z", "0–9", "Other", "中文 A"…"中文 Z". */
  label: string;
  /** Fragment id of the section on the index page ("letter-t", "letter-zh-m"): old links to /glossary#letter-t. */
  anchor: string;
  /** The section's own page: "/glossary/t", "/glossary/zh-m". */
  href: string;
  group: GlossaryGroup;
  terms: GlossaryTerm[];
}

export interface GlossaryIndexItem {
  key: string;
  /** The full name ("T", "中文 M"): what assistive technology reads. */
  label: string;
  /** What the index shows ("T", "M"): the 中文 group says the rest. */
  short: string;
  anchor: string;
  href: string;
  group: GlossaryGroup;
  /** How many terms the section has; 0 when none (the index shows the letter without a link). */
  count: number;
  present: boolean;
}

export interface Glossary {
  /** Non-empty sections: A–Z, then 0–9, then Other, then 中文 A–Z. */
  sections: GlossarySection[];
  /** The jump index: all 26 letters, then 0–9 (and Other if used), then the 中文 initials that have terms. */
  index: GlossaryIndexItem[];
  termCount: number;
}

/** The key two spellings must share to be one term: NFKC, case, hyphen variants and spacing folded. */
export function termKey(term: string): string {
  return foldTerm(term);
}

/** Latin sort key: diacritics dropped, Greek letters spelt out (β2-microglobulin sorts as beta2-microglobulin). */
export function latinSortKey(term: string): string {
  return spellGreek(foldDiacritics(foldTerm(term)).toLowerCase()).replace(/^[^a-z0-9]+/, '');
}

/**
 * The section a term belongs to, decided by its first letter or digit (leading punctuation skipped, Greek spelt
 * out, diacritics dropped): "a"…"z", "0-9", "zh-<pinyin initial>" when that character is Chinese, else "other".
 */
export function sectionKey(term: string): string {
  const c = filingCharacter(foldTerm(term));
  if (hasHan(c)) return `zh-${pinyinInitial(c)}`;
  if (c >= 'a' && c <= 'z') return c;
  if (c >= '0' && c <= '9') return '0-9';
  return 'other';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Chinese in pinyin order (CLDR's pinyin collation, which ICU in Node ships in full). */
const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin');

/** The initials a pinyin syllable can begin with: no syllable begins with i, u or v. */
export const PINYIN_INITIALS = 'abcdefghjklmnopqrstwxyz'.split('');

/**
 * Where each initial begins in pinyin order. CLDR's pinyin collation carries its own index boundaries: U+FDD0
 * followed by the letter sorts just before the first character read with that initial (the marks ICU's
 * AlphabeticIndex uses). Boundary characters picked by hand, the older technique, drift between collation
 * versions: with Node's ICU 它 sorts after 他, 扨 among the R readings and 痳 before 〇 (líng).
 */
const PINYIN_BOUNDARIES = PINYIN_INITIALS.map((l) => `\uFDD0${l.toUpperCase()}`);

/**
 * The pinyin initial ("a"…"z", never i, u or v) of a Chinese character, as the collator reads it: the last
 * initial whose boundary sorts at or before it. A polyphonic character takes the collator's reading. A character
 * the collation has no reading for sorts after every reading (by code point) and so lands under "z"; anything
 * before the first boundary lands under "a": every character has an initial.
 */
export function pinyinInitial(char: string): string {
  let lo = 0;
  let hi = PINYIN_BOUNDARIES.length - 1;
  // Binary search for the last boundary <= char (the boundaries are in collation order: a test checks it).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pinyin.compare(PINYIN_BOUNDARIES[mid], char) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return PINYIN_INITIALS[lo];
}

/** Pinyin sort key of a Chinese-first term: folded, with leading punctuation ("「冷」肿瘤") skipped. */
function zhSortKey(term: string): string {
  return foldTerm(term).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Code-point order, the last tie-break between two spellings that collate equal. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

const isZhKey = (key: string) => key.startsWith('zh-');

/**
 * Orders terms within a section: Chinese-first terms (the 中文 sections) by pinyin, all others by collation of
 * their Latin sort key ("LKB1 缺失" sorts among the L terms). Consistent within any one section.
 */
export function compareTerms(a: string, b: string): number {
  if (isZhKey(sectionKey(a)) || isZhKey(sectionKey(b)))
    return pinyin.compare(zhSortKey(a), zhSortKey(b)) || compareCodePoints(foldTerm(a), foldTerm(b)) || compareCodePoints(a, b);
  return collator.compare(latinSortKey(a), latinSortKey(b)) || compareCodePoints(a, b);
}

/** Fragment-safe slug for a term: letters (any script) and digits, joined by hyphens; Greek spelt out. */
export function termSlug(term: string): string {
  return slug(term, 'letters', 'term');
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'al', 'approx', 'cf', 'fig', 'no', 'ca']);

/**
 * A short definition from an entry summary: its first sentence when that is at most `max` characters, otherwise
 * the summary cut at the last word boundary before `max`, with an ellipsis. A full stop after "e.g.", "vs.",
 * "et al." or a single initial does not end a sentence.
 */
/** A Chinese summary's first sentence (to the first 。！？), or its first `max` characters with an ellipsis. */
export function shortDefinitionZh(summary: string, max = 100): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  const end = text.search(/[。！？]/);
  if (end >= 0 && end < max) return text.slice(0, end + 1);
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[，、；：\s]+$/, '')}…`;
}

export function shortDefinition(summary: string, max = 200): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  const re = new RegExp(`[.!?](?=\\s+["“'(]?[A-Z0-9${HAN_RANGES}])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(0, m.index);
    const lastWord = (before.match(/(\S+)$/)?.[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord)) continue;
    const sentence = text.slice(0, m.index + 1);
    if (sentence.length <= max) return sentence;
    break;
  }
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

const SOURCE_RANK: Record<TermSource, number> = { title: 0, titleZh: 1, alias: 2 };

/**
 * Builds the glossary from `entries` (pass the site's list order: it decides which entry is listed first among
 * equals). Guarantees: each folded spelling appears once; each term links an entry at most once; anchors are
 * unique on the page; sections and terms are in a stable order.
 */
export function buildGlossary(entries: readonly Entry[], options: { definitionLength?: number } = {}): Glossary {
  const byKey = new Map<string, { term: string; rank: number; links: GlossaryLink[] }>();
  const definitions = new Map<string, string>();
  const add = (e: Entry, raw: string, source: TermSource) => {
    const term = raw.replace(/\s+/g, ' ').trim();
    if (!term) return;
    const key = termKey(term);
    const slot = byKey.get(key) ?? { term, rank: SOURCE_RANK[source], links: [] };
    if (SOURCE_RANK[source] < slot.rank) Object.assign(slot, { term, rank: SOURCE_RANK[source] });
    const existing = slot.links.find((l) => l.id === e.id);
    if (existing) {
      if (SOURCE_RANK[source] < SOURCE_RANK[existing.source]) existing.source = source;
    } else {
      if (!definitions.has(e.id)) definitions.set(e.id, shortDefinition(e.summary, options.definitionLength));
      slot.links.push({
        id: e.id,
        kind: e.kind,
        title: e.title,
        titleZh: e.titleZh,
        href: entryHref(e.kind, e.id),
        definition: definitions.get(e.id)!,
        source,
      });
    }
    byKey.set(key, slot);
  };
  for (const e of entries) {
    add(e, e.title, 'title');
    add(e, e.titleZh, 'titleZh');
    for (const a of e.aliases) add(e, a, 'alias');
  }

  const order = new Map(entries.map((e, i) => [e.id as string, i]));
  const grouped = new Map<string, Omit<GlossaryTerm, 'anchor' | 'href'>[]>(SECTION_KEYS.map((k) => [k, []]));
  for (const { term, links } of byKey.values()) {
    links.sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || order.get(a.id)! - order.get(b.id)!);
    grouped.get(sectionKey(term))!.push({ term, zh: hasHan(term), links });
  }

  // Anchors are given in page order (sections, then terms), so a clash is suffixed on the later term.
  const slugCount = new Map<string, number>();
  const sections: GlossarySection[] = SECTION_KEYS.filter((k) => grouped.get(k)!.length).map((k) => ({
    ...sectionNames(k),
    terms: grouped
      .get(k)!
      .sort((a, b) => compareTerms(a.term, b.term))
      .map((t) => {
        const base = `term-${termSlug(t.term)}`;
        const n = (slugCount.get(base) ?? 0) + 1;
        slugCount.set(base, n);
        const anchor = n === 1 ? base : `${base}-${n}`;
        return { ...t, anchor, href: glossarySectionHref(k, anchor) };
      }),
  }));
  // Every Latin letter is indexed (an empty one unlinked), Other only when used, the Chinese initials only when
  // they have terms: a syllable initial is no alphabet to complete.
  const index: GlossaryIndexItem[] = SECTION_KEYS.filter((k) => (k !== 'other' && !isZhKey(k)) || grouped.get(k)!.length).map((k) => {
    const { label, anchor, href, group } = sectionNames(k);
    const count = grouped.get(k)!.length;
    return { key: k, label, short: group === 'zh' ? k.slice(3).toUpperCase() : label, anchor, href, group, count, present: count > 0 };
  });
  return { sections, index, termCount: byKey.size };
}

/** Every section key in page order: A–Z, 0–9, Other, then 中文 by pinyin initial. */
export const SECTION_KEYS: readonly string[] = [...ALPHABET, '0-9', 'other', ...PINYIN_INITIALS.map((l) => `zh-${l}`)];

const LABEL: Record<string, string> = { '0-9': '0–9', other: 'Other' };

function sectionNames(key: string): Pick<GlossarySection, 'key' | 'label' | 'anchor' | 'href' | 'group'> {
  const zh = isZhKey(key);
  return {
    key,
    label: zh ? `中文 ${key.slice(3).toUpperCase()}` : (LABEL[key] ?? key.toUpperCase()),
    anchor: `letter-${key}`,
    href: glossarySectionHref(key),
    group: zh ? 'zh' : 'latin',
  };
}

/** One term of the glossary's term list: [term, section key, anchor]. Its page is glossarySectionHref(key, anchor). */
export type GlossaryTermRow = [term: string, section: string, anchor: string];

/** The compact term list the index page fetches: every term in page order (sections, then terms). */
export function glossaryTermRows(glossary: Glossary): GlossaryTermRow[] {
  return glossary.sections.flatMap((s) => s.terms.map((t): GlossaryTermRow => [t.term, s.key, t.anchor]));
}
