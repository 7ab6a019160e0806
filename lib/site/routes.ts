/** The only place URLs are built. */
import { KIND_INFO, type Kind } from '../content/kinds';

export function entryHref(kind: Kind, id: string, anchor?: string | null): string {
  return `/${KIND_INFO[kind].dir}/${id}${anchor ? `#${anchor}` : ''}`;
}

export function kindHref(kind: Kind): string {
  return `/${KIND_INFO[kind].dir}`;
}

export { SEARCH_INDEX_URL, searchHref } from './search-routes';
