/**
 * The bibliography's `volume` field ("16(2):121-126 (epub …)") read into its parts, shared by every citation writer
 * (BibTeX, RIS, CSL-JSON in cite-formats.ts; GB/T 7714 in gbt7714.ts). Pure.
 */

export interface ParsedVolume {
  volume?: string;
  issue?: string;
  /** Page range or article number as written ("121-126", "e000398", "1259-1271.e11"). */
  pages?: string;
  /** A trailing bibliographic remark such as "epub 9 Sep 2024". */
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
export function pageRange(pages: string): [string, string | undefined] {
  const m = pages.match(/^([^-]+)-([^-]+)$/);
  return m ? [m[1], m[2]] : [pages, undefined];
}
