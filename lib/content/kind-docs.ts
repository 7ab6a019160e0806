/**
 * The kinds as README.md and AUTHORING.md list them, generated from the registry (names, folders, labels) and the
 * kind files (each field's JSDoc), so that no document lists the kinds by hand. `npm run check:content` rewrites
 * the blocks between `<!-- kinds:<name> -->` and `<!-- /kinds:<name> -->` when they are out of date.
 */
import type { SourceFile } from './checks/kind-registry';
import { baseEntry } from './kinds/base';
import type { KindDef, RelationDef } from './kinds/define';

type Schema = { safeParse(v: unknown): { success: boolean }; options?: readonly unknown[]; unwrap?: () => Schema; def?: { innerType?: Schema } };

/** An enumeration's values, through optional() and default(); undefined for anything else. */
function enumValues(schema: Schema): readonly string[] | undefined {
  let s: Schema | undefined = schema;
  for (let i = 0; s && i < 4; i++) {
    if (Array.isArray(s.options) && s.options.every((o) => typeof o === 'string')) return s.options as string[];
    s = s.def?.innerType;
  }
  return undefined;
}

/** The JSDoc right above `field:` in the kind's schema (searched from `= baseEntry`, past nested schemas), or ''. */
function jsdocOf(text: string, field: string): string {
  const from = /=\s*baseEntry\b/.exec(text)?.index ?? 0;
  const m = new RegExp(`/\\*\\*\\s*((?:(?!\\*/)[\\s\\S])*?)\\s*\\*/\\s*\\n\\s*${field}\\s*[:,]`).exec(text.slice(from));
  if (!m) return '';
  return m[1]
    .replace(/^\*\s*/, '')
    .replace(/\s*\n\s*\*\s?/g, ' ')
    .trim();
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** One line per kind: its name, folder and labels (README). */
export function kindList(defs: readonly KindDef[]): string {
  return [
    '| kind | folder | label | 中文 |',
    '|---|---|---|---|',
    ...defs.map((d) => `| \`${d.meta.name}\` | \`content/${d.meta.dir}/\` | ${d.meta.plural} | ${d.meta.labelZh} |`),
  ].join('\n');
}

/** Every kind's own fields (beyond the shared ones), required or not, with their JSDoc (AUTHORING). */
export function kindFields(defs: readonly KindDef[], sources: readonly SourceFile[]): string {
  const shared = new Set(Object.keys(baseEntry.shape));
  const rows: string[] = [];
  for (const d of defs) {
    const text = sources.find((f) => new RegExp(`\\bname:\\s*['"]${d.meta.name}['"]`).test(f.text))?.text ?? '';
    const shape = d.schema.shape as Record<string, Schema>;
    const own = Object.keys(shape).filter((f) => !shared.has(f));
    if (own.length === 0) rows.push(`| ${d.meta.name} | | | only the shared fields |`);
    own.forEach((field, i) => {
      const required = shape[field].safeParse(undefined).success ? 'no' : 'yes';
      const rel = (d.relations as Record<string, RelationDef | undefined>)[field];
      const values = enumValues(shape[field]);
      const what = [rel ? `→ ${rel.target ?? 'any'} ids.` : '', jsdocOf(text, field), values ? `One of: ${values.map((v) => `\`${v}\``).join(' · ')}` : ''].filter(Boolean).join(' ');
      rows.push(`| ${i === 0 ? d.meta.name : ''} | \`${field}\` | ${required} | ${cell(what)} |`);
    });
  }
  return ['| kind | field | required | what |', '|---|---|---|---|', ...rows].join('\n');
}

/** The generated blocks by name. */
export function kindBlocks(defs: readonly KindDef[], sources: readonly SourceFile[]): Record<string, string> {
  return { list: kindList(defs), fields: kindFields(defs, sources) };
}

/**
 * `doc` with each `<!-- kinds:<name> -->…<!-- /kinds:<name> -->` block replaced by its generated text. A block name
 * that is not generated is left as it is.
 */
export function withKindBlocks(doc: string, blocks: Record<string, string>): string {
  return doc.replace(/(<!-- kinds:([a-z]+) -->)\n(?:[\s\S]*?\n)?(<!-- \/kinds:\2 -->)/g, (all, open: string, name: string, close: string) =>
    name in blocks ? `${open}\n${blocks[name]}\n${close}` : all,
  );
}
