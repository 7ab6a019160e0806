import { getMDXComponent } from 'mdx-bundler/client';
import type { Entry, Site } from '@/lib/site/get-site';
import { mdxComponents, type StaleSections } from './mdx-components';

/**
 * Renders compiled MDX on the server; no MDX runtime reaches the browser. `code` is the entry's English body unless
 * given (a translation's body); `stale` marks the translated sections whose English has changed.
 */
export function MdxContent({ site, entry, code = entry.code, stale }: { site: Site; entry: Entry; code?: string; stale?: StaleSections }) {
  const Component = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- a server component: rendered once, never re-rendered
  return <Component components={mdxComponents(site, entry, stale)} />;
}
