/**
 * Query input: whatever a search box, a URL or a caller passes, made into a bounded, safe query string and
 * result limit. Pure; shared by the engine and the URL filter parser.
 */

/** Longest query considered; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** `s` without unpaired surrogate halves (a loop, not a lookbehind regex, for older Safari). */
function dropLoneSurrogates(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) out += s[i] + s[++i];
    } else if (c < 0xdc00 || c > 0xdfff) {
      out += s[i];
    }
  }
  return out;
}

/** The query as searched: a string, cut to MAX_QUERY_LENGTH, without lone surrogates or control characters. */
export function sanitiseQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return dropLoneSurrogates(query.slice(0, MAX_QUERY_LENGTH))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim();
}

/** The number of hits to return: a whole number 1–100, DEFAULT_LIMIT (20) when `limit` is not a finite number. */
export function clampLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
