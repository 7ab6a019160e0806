import { getMDXComponent } from 'mdx-bundler/client';
import type { Entry, Site } from '@/lib/site/get-site';
import { mdxComponents } from './mdx-components';

/** Renders an entry's compiled MDX on the server; no MDX runtime reaches the browser. */
export function MdxContent({ site, entry }: { site: Site; entry: Entry }) {
  const Component = getMDXComponent(entry.code);
  // eslint-disable-next-line react-hooks/static-components -- a server component: rendered once, never re-rendered
  return <Component components={mdxComponents(site, entry)} />;
}
