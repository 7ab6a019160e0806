/** Loads the glossary's term list once per page (shared by the index page's islands). */
import type { GlossaryTermRow } from '@/lib/discovery/glossary';
import { GLOSSARY_TERMS_PATH, glossarySectionHref } from '@/lib/discovery/routes';

let rows: Promise<GlossaryTermRow[]> | undefined;

/** The term list; a failed fetch is forgotten so the next call tries again. */
export function loadGlossaryTerms(): Promise<GlossaryTermRow[]> {
  rows ??= fetch(GLOSSARY_TERMS_PATH, { credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<GlossaryTermRow[]>) : Promise.reject(new Error(`${r.status}`))))
    .catch((e: unknown) => {
      rows = undefined;
      throw e;
    });
  return rows;
}

/** A row's place on its letter page: "/glossary/t#term-tmb". */
export function termRowHref([, section, anchor]: GlossaryTermRow): string {
  return glossarySectionHref(section, anchor);
}
