/**
 * YAML parsing that keeps positions, so every issue can name a line and column. Wraps the `yaml` package's
 * parseDocument + LineCounter; nothing else in lib/ parses YAML.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Node } from 'yaml';

export interface YamlPosition {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** Plain JS value of the document (undefined for an empty document). */
  value: unknown;
  /** Syntax errors with positions (already offset by `lineOffset`). */
  errors: { message: string; line: number; column: number }[];
  /** Position of the value at `path`, or of the nearest existing ancestor; keys when `key` is true. */
  locate(path: readonly PropertyKey[], key?: boolean): YamlPosition;
}

/**
 * Parses `text` as one YAML document. `lineOffset` is added to every line so that frontmatter positions refer
 * to the enclosing file (frontmatter starts on line 2 of an .mdx file, so its offset is 1).
 *
 * A decimal written with digits that a JavaScript number would drop (`0.50`, `6.0`, `10.30`) comes back as its
 * source text, a string, so a reported value keeps the precision its source printed; a schema field that takes
 * such values accepts the string (see `reportedDecimal` in lib/content/reported.ts). Every other number, and a
 * decimal whose digits a number keeps (`0.5`, `0.62`), comes back as a number.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): YamlPosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const errors = doc.errors.map((e) => {
    const p = pos(e.pos[0]);
    return { message: e.message.split('\n')[0], ...p };
  });
  if (!errors.length) keepDecimalDigits(doc);
  let value: unknown;
  try {
    value = errors.length ? undefined : doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    errors.push({ message: e instanceof Error ? e.message : String(e), line: 1 + lineOffset, column: 1 });
  }
  const locate = (path: readonly PropertyKey[], key = false): YamlPosition => {
    let node: unknown = doc.contents;
    let best: YamlPosition = { line: 1 + lineOffset, column: 1 };
    const rangeOf = (n: unknown) => (n && typeof n === 'object' && 'range' in n ? (n as Node).range : undefined);
    const r0 = rangeOf(node);
    if (r0) best = pos(r0[0]);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
        if (!pair) return best;
        const target = last && key ? pair.key : (pair.value ?? pair.key);
        const r = rangeOf(target) ?? rangeOf(pair.key);
        if (r) best = pos(r[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        const r = rangeOf(item);
        if (!r) return best;
        best = pos(r[0]);
        node = item;
      } else {
        return best;
      }
    }
    return best;
  };
  return { value, errors, locate };
}

/** A plain decimal with a fractional part: the only numbers whose digits `keepDecimalDigits` keeps as text. */
const DECIMAL_SOURCE = /^[-+]?\d+\.\d+$/;

/** Replaces, in place, each decimal scalar whose source text a number would shorten by that source text. */
function keepDecimalDigits(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || node.type !== 'PLAIN') return;
      const src = node.source;
      if (typeof src === 'string' && DECIMAL_SOURCE.test(src) && String(node.value) !== src.replace(/^\+/, '')) node.value = src;
    },
  });
}
