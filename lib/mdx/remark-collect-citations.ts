/** Remark plugin: records every <Cite id="…"/> in document order, with its position, and the body's plain text. */
import type { Collected } from './collected';
import { attr, startOf, toText, walk, type MdNode } from './mdast';

export function remarkCollectCitations(out: Collected) {
  return () => (tree: MdNode) => {
    walk(tree, (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
        const key = attr(node, 'id');
        if (typeof key === 'string' && key) {
          const p = startOf(node);
          out.citations.push({ key, line: p.line, column: p.column });
        }
      }
    });
    out.text = (tree.children ?? [])
      .map((b) => toText(b).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  };
}
