/**
 * The explorer's selection in the URL: `?f=stk11-lof,kras-mut`. Parsing accepts what a plain GET form sends
 * (`?f=a&f=b`) as well as the comma form, drops unknown ids and always returns the canonical order, so the same
 * selection has one URL however it was made.
 */

export const SELECTION_PARAM = 'f';

/**
 * Reads the selection from a query string (with or without the leading "?").
 *
 * @param search e.g. `location.search`
 * @param known every finding id, in display order
 * @returns the selected ids that exist, each once, in the order of `known`
 */
export function parseSelection(search: string, known: readonly string[]): string[] {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const wanted = new Set(
    params
      .getAll(SELECTION_PARAM)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  return known.filter((id) => wanted.has(id));
}

/** The query string for a selection: "" when empty, else "?f=a,b" with ids in the order given (canonical from parseSelection). */
export function selectionSearch(ids: readonly string[]): string {
  return ids.length ? `?${SELECTION_PARAM}=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** Toggles `id` in a selection, keeping the order of `known`. */
export function toggleSelection(selected: readonly string[], id: string, on: boolean, known: readonly string[]): string[] {
  const set = new Set(selected);
  if (on) set.add(id);
  else set.delete(id);
  return known.filter((k) => set.has(k));
}
