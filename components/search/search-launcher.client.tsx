'use client';
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { fetchManifest } from './fetch-index';
import type { SearchDialogProps } from './search-dialog.client';
import type { Locale } from '@/lib/i18n/locales';

const loadDialog = () => import('./search-dialog.client');

/**
 * The always-present part of search: a button and the `/` and Ctrl/⌘+K shortcuts. The dialog code is fetched
 * when the browser is idle; flexsearch data (the index) is fetched only when search is first opened. Characters
 * typed between the shortcut and the dialog's first paint are kept, not lost. `kindLabels` (kind → badge label)
 * comes from the server, so no part of the kind registry is bundled for the browser; so does `locale`, which picks
 * the index searched (the Chinese edition's on /zh pages), the result links and the strings.
 */
export function SearchLauncher({ kindLabels, locale = 'en' }: { kindLabels: Readonly<Record<string, string>>; locale?: Locale }) {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const pending = useRef<string | null>(null);
  const [initial, setInitial] = useState('');

  const openSearch = useCallback(() => {
    pending.current = '';
    setInitial('');
    setOpen(true);
    // Start the download now; the dialog code loads in parallel. Failures surface in the dialog.
    fetchManifest(locale).catch(() => undefined);
    void loadDialog().then((m) => setDialog(() => m.SearchDialog));
  }, [locale]);

  useEffect(() => {
    // A shortcut pressed before hydration was recorded by /theme-init.js: open now, with what was typed since.
    const early = window as unknown as { __atlasSearchPending?: string; __atlasSearchReady?: boolean };
    const typed = early.__atlasSearchPending;
    early.__atlasSearchReady = true;
    if (typeof typed === 'string') {
      delete early.__atlasSearchPending;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a shortcut pressed before hydration is only known after it
      openSearch();
      pending.current = typed;
      setInitial(typed);
    }
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(() => void loadDialog());
  }, [openSearch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (pending.current !== null && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        // The dialog is opening: buffer what is typed until its input exists.
        e.preventDefault();
        pending.current += e.key;
        setInitial(pending.current);
        return;
      }
      const t = e.target as HTMLElement | null;
      const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        openSearch();
      } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && !open) {
        e.preventDefault();
        openSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSearch, open]);

  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={() => openSearch()}>
        <span aria-hidden="true">⌕</span> {locale === 'zh' ? '快速搜索' : 'Quick search'} <kbd aria-hidden="true">/</kbd>
      </button>
      {open && Dialog && (
        <Dialog
          initialQuery={initial}
          kindLabels={kindLabels}
          locale={locale}
          onReady={() => {
            pending.current = null;
          }}
          onClose={() => {
            pending.current = null;
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
