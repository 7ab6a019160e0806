'use client';
import { useEffect, useState } from 'react';

/** Switches between light and dark; the choice is stored and applied before paint by /theme-init.js. */
export function ThemeToggle() {
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
      aria-label={theme ? `Switch to ${next} theme` : 'Switch theme'}
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
      <span className="hidden sm:inline">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
