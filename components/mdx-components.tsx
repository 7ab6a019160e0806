/**
 * The only place MDX gets its components: exactly the names in lib/mdx/allowed-components.ts, plus the
 * Markdown element overrides. Built per page so citations are numbered and terms resolved for that page.
 */
import type { ComponentProps, ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Entry, Site } from '@/lib/site/get-site';
import { parseEntryHref } from '@/lib/mdx/remark-collect-links';
import { entryHref } from '@/lib/site/routes';
import { CiteMark } from './mdx/cite';
import { Callout, EvidenceNote, Figure } from './mdx/callout';
import { TermTip } from './mdx/term';
import { ALLOWED_COMPONENT_NAMES } from '@/lib/mdx/allowed-components';

export function mdxComponents(site: Site, entry: Entry): MDXComponents {
  const numbers = new Map(entry.refs.map((k, i) => [k as string, i + 1]));
  const occurrences = new Map<string, number>();
  let termCount = 0;

  const A = ({ href = '', children, ...rest }: ComponentProps<'a'>) => {
    if (/^(https?:|mailto:)/i.test(href)) {
      return (
        <a href={href} rel="noopener noreferrer" {...rest}>
          {children}
        </a>
      );
    }
    if (href.startsWith('#')) return <a href={href}>{children}</a>;
    const parsed = parseEntryHref(href);
    const target = parsed && site.getEntry(parsed.id);
    // The content check guarantees the target exists; render plain text rather than a dead link otherwise.
    if (!parsed || !target) return <span>{children}</span>;
    return <a href={entryHref(target.kind, target.id, parsed.anchor)}>{children}</a>;
  };

  const components: MDXComponents = {
    a: A,
    table: (props: ComponentProps<'table'>) => (
      <div className="table-wrap">
        <table {...props} />
      </div>
    ),
    Cite: ({ id }: { id: string }) => {
      const n = (occurrences.get(id) ?? 0) + 1;
      occurrences.set(id, n);
      return <CiteMark refKey={id} number={numbers.get(id) ?? 0} occurrence={n} />;
    },
    Term: ({ id, children }: { id: string; children?: ReactNode }) => {
      const target = site.getEntry(id);
      if (!target) return <>{children}</>;
      termCount += 1;
      return (
        <TermTip
          href={entryHref(target.kind, target.id)}
          tipId={`term-${termCount}`}
          title={target.title}
          titleZh={target.titleZh}
          definition={target.summary}
        >
          {children}
        </TermTip>
      );
    },
    Callout,
    EvidenceNote,
    Figure,
    sub: (p: { children?: ReactNode }) => <sub>{p.children}</sub>,
    sup: (p: { children?: ReactNode }) => <sup>{p.children}</sup>,
  };
  // Guard against drift between the compiler's allowlist and this map.
  for (const name of ALLOWED_COMPONENT_NAMES) {
    if (!(name in components)) throw new Error(`mdx-components.tsx does not implement allowlisted component <${name}>`);
  }
  return components;
}
