import type { Site } from '@/lib/site/get-site';
import type { RefKey } from '@/lib/content/ids';
import type { Reference } from '@/lib/content/references';
import { referenceHref } from '@/lib/discovery/bibliography';
import { shortCitation } from '@/lib/explorer/citations';

/** Short citation labels, each linking to the reference on the bibliography page. */
export function Sources({ site, refs }: { site: Site; refs: readonly RefKey[] }) {
  const list = refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
  if (!list.length) return null;
  return (
    <>
      {list.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ' · '}
          <a href={referenceHref(r)}>{shortCitation(r)}</a>
        </span>
      ))}
    </>
  );
}
