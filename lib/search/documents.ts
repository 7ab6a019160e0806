/**
 * Pure: validated corpus entries → the flat documents the search indexes are built from: one English document per
 * entry (toSearchDocs), and one Chinese document per entry for the Chinese edition (toChineseSearchDocs).
 */
import type { Entry, Translation } from '../content/build-corpus';
import { localizeHref } from '../i18n/locales';
import { searchOf, type Area, type Kind, type Origin, type Timing } from '../content/kinds';
import { entryHref } from '../site/routes';

/** One searchable page. Every string is plain text (no Markdown, no HTML). */
export interface SearchDoc {
  id: string;
  kind: Kind;
  /** Site-relative URL of the entry page in the index's language (/zh/… in the Chinese index). */
  url: string;
  /** The English title (in the Chinese index too: "PD-L1", "KEYNOTE-024" find the page by it). */
  title: string;
  /** The Chinese title: the translation's own title when it sets one, else the entry's titleZh. */
  titleZh: string;
  /** Aliases, then gene symbols, drug names and trial names (strategies/biomarkers), de-duplicated. */
  aliases: string[];
  /** What the entry itself is called besides its title (a drug's codes and brand names, a trial's acronym). */
  names?: string[];
  summary: string;
  /** Heading texts of the body, in order. */
  headings: string[];
  /**
   * Plain body text with whitespace collapsed. Chinese index: the translated body and the translated claims and
   * prose fields shown on the page; the English body where the entry is not translated yet.
   */
  text: string;
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

/** A search document as the browser receives it: the body text itself stays behind, only its index travels. */
export type StoredDoc = Omit<SearchDoc, 'text' | 'kind' | 'names'> & {
  /** The kind's name; the browser checks its shape, not the registry. */
  kind: string;
};

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Keeps the first of each case-insensitive duplicate, in order. */
function uniqueStrings(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const s = collapse(raw);
    const key = s.toLowerCase();
    if (s === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/**
 * Maps entries to search documents, in the order given. Each kind's extra search terms (declared in the registry:
 * drugs and trials of strategies, gene symbols of biomarkers) are folded into `aliases`, so "pembrolizumab",
 * "KEYNOTE-024" and "CD274" match like aliases. The facets are those the kind declares.
 */
export function toSearchDocs(entries: Entry[]): SearchDoc[] {
  return entries.map((e) => {
    const { terms, names, facets } = searchOf(e);
    const doc: SearchDoc = {
      id: e.id,
      kind: e.kind,
      url: entryHref(e.kind, e.id),
      title: collapse(e.title),
      titleZh: collapse(e.titleZh),
      aliases: uniqueStrings([...e.aliases, ...terms]),
      summary: collapse(e.summary),
      headings: e.headings.map((h) => collapse(h.text)).filter((h) => h !== ''),
      text: collapse(e.text),
    };
    if (names.length) doc.names = uniqueStrings([...names]);
    if (facets.origin) doc.origin = facets.origin;
    if (facets.timing) doc.timing = facets.timing;
    if (facets.area) doc.area = facets.area;
    return doc;
  });
}

/** The current (not stale) translated value of field `key` ("summary", "evidence.<id>", "text.<path>"), or undefined. */
function translatedField(t: Translation, key: string): string | undefined {
  if (t.state.staleFields.includes(key)) return undefined;
  const dot = key.indexOf('.');
  const value =
    dot < 0
      ? (t as unknown as Record<string, unknown>)[key]
      : (t as unknown as Record<string, Record<string, unknown> | undefined>)[key.slice(0, dot)]?.[key.slice(dot + 1)];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The documents of the Chinese index, one per entry, in the order given: the page is /zh/<dir>/<id>; the Chinese
 * title (the translation's, else titleZh) and the English title are both titles; every alias (Chinese and
 * English), abbreviation, gene symbol, drug, trial and brand name is an alias, so "PD-L1", "STK11" or
 * "KEYNOTE-024" still find the page. Summary, headings and body are the translation's where the entry has one
 * (a field the translation lacks or whose English changed since falls back to the English, as the page shows it),
 * the English otherwise: an untranslated entry is found by its Chinese names and its English text.
 */
export function toChineseSearchDocs(entries: Entry[], getTranslation: (id: string) => Translation | undefined): SearchDoc[] {
  return toSearchDocs(entries).map((doc, i) => {
    const t = getTranslation(entries[i].id);
    const out: SearchDoc = { ...doc, url: localizeHref('zh', doc.url) };
    if (!t) return out;
    const title = t.title?.trim();
    if (title) out.titleZh = collapse(title);
    const summary = translatedField(t, 'summary');
    if (summary) out.summary = collapse(summary);
    const body = collapse(t.bodyText);
    if (body !== '') {
      out.headings = t.headings.map((h) => collapse(h.text)).filter((h) => h !== '');
      // The page shows the translated claims, evidence note and prose fields too: they are searchable like the body.
      const extra = [
        translatedField(t, 'evidenceNote'),
        ...Object.keys(t.evidence).map((k) => translatedField(t, `evidence.${k}`)),
        ...Object.keys(t.text).map((k) => translatedField(t, `text.${k}`)),
      ].filter((x): x is string => x !== undefined);
      out.text = collapse([body, ...extra].join(' '));
    }
    return out;
  });
}
