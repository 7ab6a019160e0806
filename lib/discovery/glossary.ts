/**
 * The glossary: every entry title, Chinese name and alias as a term, each pointing to the entries that use it,
 * sorted A–Z (then 0–9) with a separate 中文 section for terms that begin with a Chinese character. An alias shared
 * by several entries is one term with several links. Each section is one page (/glossary/t); the index page
 * (/glossary) lists the sections and every term. Pure: entries in, data for the pages out.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import type { Kind } from '../content/kinds';
import { foldDiacritics, HAN_RANGES, hasHan, slug, spellGreek } from '../core/text';
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

export interface GlossarySection {
  /** Section key: "a"…"z", "0-9", "other" or "zh". */
  key: string;
  /** Heading text: "A"…"Z", "0–9", "Other", "中文". */
  label: string;
  /** Fragment id of the section on the index page ("letter-t", "letter-zh"): old links to /glossary#letter-t. */
  anchor: string;
  /** The section's own page: "/glossary/t", "/glossary/zh". */
  href: string;
  terms: GlossaryTerm[];
}

export interface GlossaryIndexItem {
  key: string;
  label: string;
  anchor: string;
  href: string;
  /** How many terms the section has; 0 when none (the index shows the letter without a link). */
  count: number;
  present: boolean;
}

export interface Glossary {
  /** Non-empty sections: A–Z, then 0–9, then Other, then 中文. */
  sections: GlossarySection[];
  /** The jump index: all 26 letters, then 0–9 and 中文 (and Other if used). */
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
 * out, diacritics dropped): "a"…"z", "0-9", "zh" when that character is Chinese, else "other".
 */
export function sectionKey(term: string): string {
  const c = firstSignificant(term);
  if (hasHan(c)) return 'zh';
  if (c >= 'a' && c <= 'z') return c;
  if (c >= '0' && c <= '9') return '0-9';
  return 'other';
}

function firstSignificant(term: string): string {
  const s = spellGreek(foldDiacritics(foldTerm(term)).toLowerCase());
  return s.match(/[\p{L}\p{N}]/u)?.[0] ?? '';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Code-point order, for the 中文 section ("sorted by Unicode"). */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * Orders terms within a section: Chinese-first terms (the 中文 section) by code point, all others by collation of
 * their Latin sort key ("LKB1 缺失" sorts among the L terms). Consistent within any one section.
 */
export function compareTerms(a: string, b: string): number {
  if (sectionKey(a) === 'zh' || sectionKey(b) === 'zh') return compareCodePoints(foldTerm(a), foldTerm(b)) || compareCodePoints(a, b);
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
  const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const KEYS = [...LETTERS, '0-9', 'other', 'zh'];
  const LABEL: Record<string, string> = { '0-9': '0–9', other: 'Other', zh: '中文' };
  const grouped = new Map<string, Omit<GlossaryTerm, 'anchor' | 'href'>[]>(KEYS.map((k) => [k, []]));
  for (const { term, links } of byKey.values()) {
    links.sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || order.get(a.id)! - order.get(b.id)!);
    grouped.get(sectionKey(term))!.push({ term, zh: hasHan(term), links });
  }

  // Anchors are given in page order (sections, then terms), so a clash is suffixed on the later term.
  const slugCount = new Map<string, number>();
  const sections: GlossarySection[] = KEYS.filter((k) => grouped.get(k)!.length).map((k) => ({
    key: k,
    label: LABEL[k] ?? k.toUpperCase(),
    anchor: `letter-${k}`,
    href: glossarySectionHref(k),
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
  const index: GlossaryIndexItem[] = KEYS.filter((k) => k !== 'other' || grouped.get(k)!.length).map((k) => ({
    key: k,
    label: LABEL[k] ?? k.toUpperCase(),
    anchor: `letter-${k}`,
    href: glossarySectionHref(k),
    count: grouped.get(k)!.length,
    present: grouped.get(k)!.length > 0,
  }));
  return { sections, index, termCount: byKey.size };
}

/** One term of the glossary's term list: [term, section key, anchor]. Its page is glossarySectionHref(key, anchor). */
export type GlossaryTermRow = [term: string, section: string, anchor: string];

/** The compact term list the index page fetches: every term in page order (sections, then terms). */
export function glossaryTermRows(glossary: Glossary): GlossaryTermRow[] {
  return glossary.sections.flatMap((s) => s.terms.map((t): GlossaryTermRow => [t.term, s.key, t.anchor]));
}
