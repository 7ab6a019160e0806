import type { GlossaryIndexItem } from '@/lib/discovery/glossary';

/**
 * The glossary's letter index: one link per section page with its term count; letters without terms are shown
 * unlinked. `current` marks the section page being read.
 */
export function GlossaryLetters({ index, current }: { index: GlossaryIndexItem[]; current?: string }) {
  return (
    <nav id="glossary-index" aria-label="Glossary index" className="glossary-index">
      <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0">
        {index.map((i) => (
          <li key={i.key} lang={i.key === 'zh' ? 'zh-Hans' : undefined}>
            {i.present ? (
              <a href={i.href} data-section={i.key} aria-current={i.key === current ? 'page' : undefined}>
                {i.label}{' '}
                <span className="glossary-count">
                  {i.count}
                  <span className="sr-only"> terms</span>
                </span>
              </a>
            ) : (
              <span className="muted">
                {i.label}
                <span className="sr-only"> (no terms)</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
