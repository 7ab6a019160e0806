'use client';
import { useCallback, useEffect, useState, type ComponentType } from 'react';
import type { SearchDialogProps } from './search-dialog.client';

/**
 * The always-present part of search: a button and the `/` and Ctrl/⌘+K shortcuts. The dialog, flexsearch and
 * the index load only when search is first opened.
 */
export function SearchLauncher() {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState('');

  const openSearch = useCallback((text = '') => {
    setInitial(text);
    setOpen(true);
    void import('./search-dialog.client').then((m) => setDialog(() => m.SearchDialog));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        openSearch();
      } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        openSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSearch]);

  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={() => openSearch()}>
        <span aria-hidden="true">⌕</span> Quick search <kbd aria-hidden="true">/</kbd>
      </button>
      {open && Dialog && <Dialog initialQuery={initial} onClose={() => setOpen(false)} />}
    </>
  );
}
