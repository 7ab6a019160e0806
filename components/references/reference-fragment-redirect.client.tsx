'use client';
import { useEffect } from 'react';
import { decodedFragment } from '@/components/discovery/fragment';

/**
 * Keeps links to the old one-page bibliography working: /references#skoulidis-2018-stk11 opens
 * /references/s#skoulidis-2018-stk11. The index page lists every source with a link to its section, so the link
 * whose fragment matches says where to go; an unknown fragment leaves the reader on the index.
 */
export function ReferenceFragmentRedirect() {
  useEffect(() => {
    const id = decodedFragment();
    if (!id) return;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('#all-sources a[href*="#"]')) {
      if (decodedFragment(new URL(a.href).hash) === id) {
        location.replace(a.href);
        return;
      }
    }
  }, []);
  return null;
}
