'use client';
import { useEffect } from 'react';
import { loadGlossaryTerms, termRowHref } from './glossary-terms';

/**
 * Keeps links to the old one-page glossary working: /glossary#letter-t opens /glossary/t, /glossary#letter-zh (the
 * single 中文 section of old) opens the first Chinese section, and /glossary#term-tmb opens /glossary/t#term-tmb
 * (the term list says which section page holds the anchor; it is fetched only then).
 */
export function GlossaryFragmentRedirect() {
  useEffect(() => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const letter = /^letter-(.+)$/.exec(id)?.[1];
    const link =
      letter &&
      document.querySelector<HTMLAnchorElement>(
        letter === 'zh' ? '#glossary-index a[data-section^="zh-"]' : `#glossary-index a[data-section="${CSS.escape(letter)}"]`,
      );
    if (link) location.replace(link.href);
    else if (id.startsWith('term-'))
      loadGlossaryTerms().then(
        (rows) => {
          const row = rows.find((r) => r[2] === id);
          if (row) location.replace(termRowHref(row));
        },
        () => {},
      );
  }, []);
  return null;
}
