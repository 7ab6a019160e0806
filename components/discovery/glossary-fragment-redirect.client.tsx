'use client';
import { useEffect } from 'react';

/**
 * Keeps old links to the one-page glossary working: /glossary#term-tmb and /glossary#letter-t lead to the term's
 * or letter's own page. The index page carries every old fragment id on a link (or a heading holding a link) to
 * that page, so without JavaScript the fragment still lands on the right link; with it, this follows the link.
 */
export function GlossaryFragmentRedirect() {
  useEffect(() => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id ? document.getElementById(id) : null;
    const link = target instanceof HTMLAnchorElement ? target : target?.querySelector('a');
    if (link && link.pathname !== location.pathname) location.replace(link.href);
  }, []);
  return null;
}
