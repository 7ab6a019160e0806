/** The small slice of the mdast/MDX node shapes the remark plugins read, and helpers to walk them. */

export interface Point {
  line: number;
  column: number;
}

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: Point; end: Point };
  data?: Record<string, unknown> & { hProperties?: Record<string, unknown>; estree?: { body: unknown[] } };
}

/** Depth-first walk; `visit` may return 'skip' to not descend. Parents are passed for context. */
export function walk(node: MdNode, visit: (node: MdNode, parents: MdNode[]) => void | 'skip', parents: MdNode[] = []): void {
  if (visit(node, parents) === 'skip') return;
  const kids = node.children;
  if (!kids) return;
  const next = [...parents, node];
  for (const child of [...kids]) walk(child, visit, next);
}

/** Plain text of a node (citations contribute nothing). */
export function toText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') return '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(toText).join('');
}

export function startOf(node: MdNode): Point {
  return node.position?.start ?? { line: 1, column: 1 };
}

/** String value of a JSX attribute; undefined when absent, null when it is an expression. */
export function attr(node: MdNode, name: string): string | null | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return '';
  return typeof a.value === 'string' ? a.value : null;
}
