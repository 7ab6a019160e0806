import type { BibliographySection } from '@/lib/discovery/bibliography';

/**
 * The bibliography's section index: one link per section page with its number of sources. `current` marks the
 * section being read. Same look as the glossary's letter index.
 */
export function BibliographySections({ sections, current }: { sections: readonly BibliographySection[]; current?: string }) {
  return (
    <nav id="bibliography-index" aria-label="Bibliography sections" className="letter-index mt-4">
      <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0">
        {sections.map((s) => (
          <li key={s.key}>
            <a href={s.href} aria-current={s.key === current ? 'page' : undefined}>
              {s.label}{' '}
              <span className="letter-count">
                {s.refs.length}
                <span className="sr-only"> {s.refs.length === 1 ? 'source' : 'sources'}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
