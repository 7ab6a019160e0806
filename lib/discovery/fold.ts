/**
 * Term folding shared by the glossary (server) and its filter island (browser). Kept in its own tiny module so
 * the island imports nothing else.
 */

/** Folds a term for matching and de-duplication: NFKC (full-width to ASCII), lower case, one hyphen, single spaces. */
export function foldTerm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
