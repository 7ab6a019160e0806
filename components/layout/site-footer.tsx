import { Disclaimer } from '../entry/disclaimer';
import { href, text } from '../i18n/locale';
import { SHELL_TEXT } from './layout-text';

export function SiteFooter() {
  const t = text(SHELL_TEXT);
  return (
    <footer className="site-footer border-t hairline soft mt-12">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm space-y-2">
        <Disclaimer compact />
        <p className="muted m-0">{t.footerSource}</p>
        <p className="muted m-0 no-print">
          <a href={href('/translation-status')}>{t.translationStatus}</a>
        </p>
      </div>
    </footer>
  );
}
