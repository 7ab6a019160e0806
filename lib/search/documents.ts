/** Pure: validated corpus entries → the flat documents the search index is built from. */
import type { Entry } from '../content/build-corpus';
import type { Area, Kind, Origin, Timing } from '../content/kinds';
import { entryHref } from '../site/routes';

/** One searchable page. Every string is plain text (no Markdown, no HTML). */
export interface SearchDoc {
  id: string;
  kind: Kind;
  /** Site-relative URL of the entry page. */
  url: string;
  title: string;
  titleZh: string;
  /** Aliases, then gene symbols, drug names and trial names (strategies/biomarkers), de-duplicated. */
  aliases: string[];
  summary: string;
  /** Heading texts of the body, in order. */
  headings: string[];
  /** Plain body text with whitespace collapsed. */
  text: string;
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

/** A search document as the browser receives it: the body text itself stays behind, only its index travels. */
export type StoredDoc = Omit<SearchDoc, 'text'>;

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
 * Maps entries to search documents, in the order given. Drugs, trials (strategies) and gene symbols
 * (biomarkers) are folded into `aliases`, so "pembrolizumab", "KEYNOTE-024" and "CD274" match like aliases.
 * The classification fields are copied only when the entry has them (mechanisms; topics have `area`).
 */
export function toSearchDocs(entries: Entry[]): SearchDoc[] {
  return entries.map((e) => {
    const extra: string[] = [];
    if (e.kind === 'strategy') extra.push(...e.drugs, ...e.trials);
    if (e.kind === 'biomarker') extra.push(...e.genes);
    const doc: SearchDoc = {
      id: e.id,
      kind: e.kind,
      url: entryHref(e.kind, e.id),
      title: collapse(e.title),
      titleZh: collapse(e.titleZh),
      aliases: uniqueStrings([...e.aliases, ...extra]),
      summary: collapse(e.summary),
      headings: e.headings.map((h) => collapse(h.text)).filter((h) => h !== ''),
      text: collapse(e.text),
    };
    if (e.kind === 'mechanism') {
      doc.origin = e.origin;
      doc.timing = e.timing;
      doc.area = e.area;
    } else if (e.kind === 'topic' && e.area) {
      doc.area = e.area;
    }
    return doc;
  });
}
