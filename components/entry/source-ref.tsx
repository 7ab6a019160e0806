import type { Entry, Site } from '@/lib/site/get-site';
import { sourceIds, sourceLabel } from '@/lib/evidence/sources';
import { CITE_TEXT } from '../mdx/cite';
import { getLocale, text } from '../i18n/locale';

/**
 * A source named by structured data (an outcome, an approval, a statement): a numbered citation link to the page's
 * reference list when the source is on it, otherwise a short label linking to the source itself.
 */
export function SourceRef({ entry, refKey, site }: { entry: Entry; refKey: string; site: Site }) {
  const n = entry.refs.indexOf(refKey as Entry['refs'][number]);
  if (n >= 0) {
    return (
      <a href={`#ref-${refKey}`} aria-label={text(CITE_TEXT).reference(n + 1)}>
        [{n + 1}]
      </a>
    );
  }
  const r = site.getReference(refKey);
  if (!r) return <>{refKey}</>;
  const url = sourceIds(r).url;
  return url ? (
    <a href={url} rel="noopener noreferrer">
      {sourceLabel(r)}
    </a>
  ) : (
    <>{sourceLabel(r)}</>
  );
}

/** Several sources, separated by commas (、 on Chinese pages). */
export function SourceRefs({ entry, keys, site }: { entry: Entry; keys: readonly string[]; site: Site }) {
  const sep = getLocale() === 'zh' ? '、' : ', ';
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && sep}
          <SourceRef entry={entry} refKey={k} site={site} />
        </span>
      ))}
    </>
  );
}
