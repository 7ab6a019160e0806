'use client';
import { useEffect } from 'react';
import { glossarySectionHref } from '@/lib/discovery/routes';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import { decodedFragment } from './fragment';
import { loadGlossaryTerms, termRowHref } from './glossary-terms';

/**
 * Keeps links to the old one-page glossary working: /glossary#letter-t opens /glossary/t, /glossary#letter-zh (the
 * single 中文 section of old) opens /glossary/zh (the Chinese pages by pinyin initial), and /glossary#term-tmb opens
 * /glossary/t#term-tmb (the term list says which section page holds the anchor; it is fetched only then). Also
 * used on /glossary/zh, where /glossary/zh#term-耐药 (the old 中文 page's anchors) open the term's pinyin page.
 */
export function GlossaryFragmentRedirect({ locale }: { locale: Locale }) {
  useEffect(() => {
    const id = decodedFragment();
    const letter = /^letter-(.+)$/.exec(id)?.[1];
    // The old single 中文 section has no index link of its own now: its place is the page of the pinyin pages.
    const link = letter && document.querySelector<HTMLAnchorElement>(`#glossary-index a[data-section="${CSS.escape(letter)}"]`);
    if (letter === 'zh') location.replace(localizeHref(locale, glossarySectionHref('zh')));
    else if (link) location.replace(link.href);
    else if (id.startsWith('term-'))
      loadGlossaryTerms().then(
        (rows) => {
          const row = rows.find((r) => r[2] === id);
          if (row) location.replace(localizeHref(locale, termRowHref(row)));
        },
        () => {},
      );
  }, [locale]);
  return null;
}
