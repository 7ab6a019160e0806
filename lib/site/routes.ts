/** The only place URLs are built. */
import { KIND_INFO, type Kind } from '../content/kinds';

export function entryHref(kind: Kind, id: string, anchor?: string | null): string {
  return `/${KIND_INFO[kind].dir}/${id}${anchor ? `#${anchor}` : ''}`;
}

export function kindHref(kind: Kind): string {
  return `/${KIND_INFO[kind].dir}`;
}

export function searchHref(q: string): string {
  return `/search?q=${encodeURIComponent(q)}`;
}

export const SEARCH_INDEX_PATH = '/search-index.json';
