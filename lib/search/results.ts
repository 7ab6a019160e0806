/**
 * Result shaping: a ranked document becomes the hit a page shows, with its title and summary snippet marked
 * where they match.
 */
import type { Area, Origin, Timing } from '../content/vocabulary';
import type { StoredDoc } from './documents';
import { highlightTerms, snippetAround, snippetStart, type HighlightTerms, type Segment } from './highlight';

export interface SearchHit {
  id: string;
  /** The kind's name (labels come from the server). */
  kind: string;
  url: string;
  title: string;
  titleZh: string;
  /**
   * The title in the index's language with matching words marked: `title` in the English index, `titleZh` in
   * the Chinese one (the other one is shown beside it, unmarked).
   */
  titleSegments: Segment[];
  /** About 180 characters of the summary around its first match (its opening when only other fields match). */
  snippet: Segment[];
  score: number;
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

/**
 * The hit for document `d` with `score` (rounded to two decimals), marked with `terms`; `marked` is the title
 * the hit leads with (the Chinese one in the Chinese index).
 */
export function toHit(
  d: Pick<StoredDoc, 'id' | 'kind' | 'url' | 'title' | 'titleZh' | 'summary' | 'origin' | 'timing' | 'area'>,
  score: number,
  terms: HighlightTerms,
  marked: 'title' | 'titleZh' = 'title',
): SearchHit {
  const hit: SearchHit = {
    id: d.id,
    kind: d.kind,
    url: d.url,
    title: d.title,
    titleZh: d.titleZh,
    titleSegments: highlightTerms(d[marked], terms),
    snippet: snippetAround(d.summary, terms) ?? snippetStart(d.summary, terms),
    score: Math.round(score * 100) / 100,
  };
  if (d.origin) hit.origin = d.origin;
  if (d.timing) hit.timing = d.timing;
  if (d.area) hit.area = d.area;
  return hit;
}
