import type { Heading } from '@/lib/mdx/collected';

/** On-page table of contents: body headings plus the fixed sections every entry page has. */
export function Toc({ headings, extra }: { headings: Heading[]; extra: { id: string; text: string }[] }) {
  return (
    <nav aria-labelledby="toc-heading" className="toc text-sm">
      <h2 id="toc-heading" className="text-xs uppercase tracking-wide font-bold muted m-0 mb-2">
        On this page
      </h2>
      <ol className="list-none p-0 m-0 space-y-1">
        {headings
          .filter((h) => h.depth <= 3)
          .map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'pl-3' : ''}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        {extra.map((h) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
