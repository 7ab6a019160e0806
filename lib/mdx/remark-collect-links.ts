/**
 * Remark plugin: records every cross-link (Markdown links to entry ids and <Term id>) with its position and the
 * sentence around it, plus same-page #anchors. Entry links are written [text](entry-id) or [text](entry-id#anchor);
 * the link graph and the backlinks are built from what this records.
 */
import type { Collected } from './collected';
import { attr, startOf, toText, walk, type MdNode } from './mdast';
import { KEBAB_CASE as ID_PATTERN } from '../core/text';

const EXTERNAL = /^(https?:|mailto:)/i;
const BLOCKS = new Set(['paragraph', 'tableCell', 'heading', 'listItem', 'blockquote']);

/** The sentence of `block` that contains `target`, whitespace-collapsed and trimmed to 300 characters. */
export function sentenceAround(block: MdNode, target: MdNode): string {
  const MARK = '\u0000';
  const textWithMark = (n: MdNode): string => (n === target ? MARK : '') + (n.children ? n.children.map(textWithMark).join('') : toText(n));
  const full = textWithMark(block).replace(/\s+/g, ' ');
  const sentences = full.split(/(?<=[.!?。！？;；])\s+/);
  const hit = sentences.find((s) => s.includes(MARK)) ?? full;
  // Citations render nothing here, so the space before them would dangle before the punctuation.
  const clean = hit
    .replace(MARK, '')
    .replace(/\s+([.,;:!?。，；：！？)])/g, '$1')
    .trim();
  return clean.length > 300 ? `${clean.slice(0, 297)}…` : clean;
}

/** Splits an internal href into id and anchor; null when it is not of the form id or id#anchor. */
export function parseEntryHref(href: string): { id: string; anchor: string | null } | null {
  const [id, anchor, ...rest] = href.split('#');
  if (rest.length || !ID_PATTERN.test(id)) return null;
  return { id, anchor: anchor === undefined || anchor === '' ? null : anchor };
}

export function remarkCollectLinks(out: Collected) {
  return () => (tree: MdNode) => {
    walk(tree, (node, parents) => {
      const isTerm = (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term';
      if (node.type !== 'link' && !isTerm) return;
      const p = startOf(node);
      const block = [...parents].reverse().find((x) => BLOCKS.has(x.type)) ?? parents[parents.length - 1] ?? node;
      if (isTerm) {
        const id = attr(node, 'id');
        if (typeof id === 'string' && id) {
          out.links.push({
            target: id,
            anchor: null,
            via: 'term',
            text: toText(node).trim(),
            sentence: sentenceAround(block, node),
            line: p.line,
            column: p.column,
          });
        }
        return;
      }
      const url = (node.url ?? '').trim();
      if (EXTERNAL.test(url) || url === '#') return;
      if (url.startsWith('#')) {
        out.localAnchors.push({ anchor: url.slice(1), line: p.line, column: p.column });
        return;
      }
      const parsed = parseEntryHref(url);
      if (!parsed) {
        out.issues.push({
          line: p.line,
          column: p.column,
          message: `Link "${url.slice(0, 80)}" is neither an entry id nor an https:// address`,
          hint: 'Link entries by id: [text](stk11-lkb1-loss) or [text](stk11-lkb1-loss#evidence).',
        });
        return;
      }
      out.links.push({
        target: parsed.id,
        anchor: parsed.anchor,
        via: 'link',
        text: toText(node).trim(),
        sentence: sentenceAround(block, node),
        line: p.line,
        column: p.column,
      });
    });
  };
}
