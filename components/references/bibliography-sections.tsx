import type { BibliographySection } from '@/lib/discovery/bibliography';
import { getLocale, href, text } from '@/components/i18n/locale';
import { REFERENCES_TEXT } from './references-text';

/**
 * The bibliography's section index: one link per section page with its number of sources. `current` marks the
 * section being read. Same look as the glossary's letter index.
 */
export function BibliographySections({ sections, current }: { sections: readonly BibliographySection[]; current?: string }) {
  const t = text(REFERENCES_TEXT);
  const zh = getLocale() === 'zh';
  return (
    <nav id="bibliography-index" aria-label={t.sectionsLabel} className="letter-index mt-4">
      <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0">
        {sections.map((s) => (
          <li key={s.key}>
            <a href={href(s.href)} aria-current={s.key === current ? 'page' : undefined}>
              {zh ? s.labelZh : s.label}{' '}
              <span className="letter-count">
                {s.refs.length}
                <span className="sr-only">{t.sources(s.refs.length)}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
