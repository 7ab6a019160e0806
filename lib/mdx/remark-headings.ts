/** Remark plugin: gives every heading a unique slug id (set on the rendered element) and records it for the TOC. */
import type { Collected } from './collected';
import { toText, walk, type MdNode } from './mdast';
import { createSlugger } from './slug';

export function remarkHeadings(out: Collected) {
  return () => (tree: MdNode) => {
    const slug = createSlugger();
    walk(tree, (node) => {
      if (node.type !== 'heading') return;
      const text = toText(node).trim();
      const id = slug(text);
      node.data = { ...(node.data ?? {}), hProperties: { ...(node.data?.hProperties ?? {}), id } };
      out.headings.push({ depth: node.depth ?? 2, text, id });
      return 'skip';
    });
  };
}
