'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';

const LABELS = {
  en: { to: (t: 'light' | 'dark') => `Switch to ${t} theme`, any: 'Switch theme', light: 'Light', dark: 'Dark' },
  zh: { to: (t: 'light' | 'dark') => (t === 'dark' ? '切换到深色主题' : '切换到浅色主题'), any: '切换主题', light: '浅色', dark: '深色' },
} satisfies Record<Locale, unknown>;

/** Switches between light and dark; the choice is stored and applied before paint by /theme-init.js. */
export function ThemeToggle({ locale = 'en' }: { locale?: Locale }) {
  const t = LABELS[locale];
  const [theme, setTheme] = useState<'light' | 'dark' | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the theme was applied to <html> before hydration by /theme-init.js
    setTheme(document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light');
  }, []);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="btn"
      aria-label={theme ? t.to(next) : t.any}
      aria-pressed={theme === 'dark'}
      onClick={() => {
        document.documentElement.setAttribute('data-theme', next);
        try {
          localStorage.setItem('atlas-theme', next);
        } catch {
          /* storage blocked: the choice lasts for this page only */
        }
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="hidden sm:inline">{theme === 'dark' ? t.light : t.dark}</span>
    </button>
  );
}
