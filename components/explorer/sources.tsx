import type { Site } from '@/lib/site/get-site';
import type { RefKey } from '@/lib/content/ids';
import type { Reference } from '@/lib/content/references';
import { referenceHref } from '@/lib/discovery/bibliography';
import { shortCitation } from '@/lib/explorer/citations';
import { href, text } from '@/components/i18n/locale';
import { EXPLORER_TEXT } from './explorer-text';

/** Short citation labels, each linking to the reference on the bibliography page. */
export function Sources({ site, refs }: { site: Site; refs: readonly RefKey[] }) {
  const list = refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
  if (!list.length) return null;
  const t = text(EXPLORER_TEXT);
  return (
    <>
      {list.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ' · '}
          <a href={href(referenceHref(r))}>{r.type === 'journal' && r.sourceReview ? t.sourceReview : shortCitation(r)}</a>
        </span>
      ))}
    </>
  );
}
