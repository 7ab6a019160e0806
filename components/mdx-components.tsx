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
import { strings } from '@/lib/i18n/strings';
import { getLocale, href as pageHref, text } from './i18n/locale';
import { altTitleOf, summaryOf, titleOf } from './i18n/entry-text';

export const MDX_TEXT = strings(
  { staleSection: 'The English original of this section has changed: read the English section' },
  { staleSection: '英文原文已修改：查看英文本节' },
);

/**
 * Sections of a translated body whose English has changed since it was translated: their `##` anchors (the English
 * section anchors), and the English page they link to.
 */
export interface StaleSections {
  /** The compiled translation's heading ids → the page's anchors (a `##` takes its English section's anchor). */
  ids?: Readonly<Record<string, string>>;
  anchors: ReadonlySet<string>;
  /** The English page's path (`/<kind-dir>/<id>`), without a fragment. */
  englishUrl: string;
}

export function mdxComponents(site: Site, entry: Entry, stale?: StaleSections): MDXComponents {
  const zh = getLocale() === 'zh';
  const t = text(MDX_TEXT);
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
    return <a href={pageHref(entryHref(target.kind, target.id, parsed.anchor))}>{children}</a>;
  };

  /** A section heading; in a translation whose English section changed, followed by a link to the English section. */
  const H2 = ({ id: ownId, children, ...rest }: ComponentProps<'h2'>) => {
    // A translation's heading carries the English section's anchor, so fragments and the TOC match both languages.
    const id = ownId && stale?.ids ? (stale.ids[ownId] ?? ownId) : ownId;
    return (
      <>
        <h2 id={id} {...rest}>
          {children}
        </h2>
        {id && stale?.anchors.has(id) && (
          <p className="stale-section text-sm muted">
            <a href={`${stale.englishUrl}#${id}`} hrefLang="en">
              {t.staleSection}
            </a>
          </p>
        )}
      </>
    );
  };

  const components: MDXComponents = {
    a: A,
    h2: H2,
    h3: ({ id, ...rest }: ComponentProps<'h3'>) => <h3 id={id && stale?.ids ? (stale.ids[id] ?? id) : id} {...rest} />,
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
      const alt = altTitleOf(target);
      return (
        <TermTip
          href={pageHref(entryHref(target.kind, target.id))}
          tipId={`term-${termCount}`}
          title={titleOf(site, target).text}
          altTitle={{ text: alt.text, lang: zh ? alt.lang : 'zh-Hans' }}
          definition={summaryOf(site, target)}
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
