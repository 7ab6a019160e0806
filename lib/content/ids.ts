/** Branded identifiers: an EntryId is a filename stem that passed isEntryId; a RefKey names a bibliography entry. */

export type EntryId = string & { readonly __brand: 'EntryId' };
export type RefKey = string & { readonly __brand: 'RefKey' };

import { KEBAB_CASE, slug } from '../core/text';

/** ASCII kebab-case: lowercase letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = KEBAB_CASE;

/** True when `s` is a valid entry id or reference key (same kebab-case rule for both). */
export function isEntryId(s: string): s is EntryId {
  return ID_PATTERN.test(s) && s.length <= 80;
}

export function isRefKey(s: string): s is RefKey {
  return ID_PATTERN.test(s) && s.length <= 80;
}

/** Suggests a valid id for an invalid one (lowercase, ASCII, hyphens; "" when nothing is left) for error hints. */
export function suggestId(s: string): string {
  return slug(s, 'ascii');
}
