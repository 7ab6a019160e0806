/**
 * What `npm run new -- kind <name> <中文名>` writes: a copy of the minimal kind (lib/content/kinds/minimal-kind.ts:
 * the shared fields, the `related` relation, two body sections) under the new names, and the registry line that
 * adds it. Pure text in, text out; scripts/new-entry.ts does the file system.
 */
import { isEntryId, suggestId } from './ids';

export interface NewKind {
  /** Kind name, singular, kebab-case (`guideline`). */
  name: string;
  /** Content folder and URL segment, plural (`guidelines`). */
  dir: string;
  /** Chinese label. */
  labelZh: string;
}

/** `guideline-update` → `guidelineUpdate`: the exported constant's name. */
export function identifierOf(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const words = (s: string) => s.split('-').join(' ');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why `k` cannot be a new kind (null when it can), given the kinds, folders and top-level routes that exist. */
export function newKindProblem(k: NewKind, taken: { names: readonly string[]; dirs: readonly string[]; routes: readonly string[]; reserved: readonly string[] }): string | null {
  for (const [what, value] of [
    ['name', k.name],
    ['folder', k.dir],
  ] as const) {
    if (!isEntryId(value)) return `The ${what} "${value}" is not kebab-case. Try: ${suggestId(value) || 'guideline'}`;
  }
  if (taken.reserved.includes(k.name)) return `"${k.name}" is a subcommand of npm run new; choose another name.`;
  if (taken.names.includes(k.name)) return `A kind named "${k.name}" already exists (kinds: ${taken.names.join(', ')}).`;
  if (taken.dirs.includes(k.dir)) return `The folder content/${k.dir}/ already belongs to a kind.`;
  if (taken.routes.includes(k.dir)) return `"/${k.dir}" is already a page of the site (app/${k.dir}); pass another folder with --dir.`;
  if (!/[\u3400-\u9fff]/.test(k.labelZh)) return `The Chinese label "${k.labelZh}" has no Chinese characters (e.g. 指南).`;
  return null;
}

/** The path of the minimal kind, relative to the repository. */
export const MINIMAL_KIND_FILE = 'lib/content/kinds/minimal-kind.ts';

/**
 * The text of lib/content/kinds/<name>.ts for a new kind: the minimal kind (`template`, the text of
 * MINIMAL_KIND_FILE) with its names replaced, and its header replaced by one line about the new kind.
 */
export function kindFileText(template: string, k: NewKind): string {
  const label = capital(words(k.name));
  const plural = capital(words(k.dir));
  const body = template.slice(template.indexOf('*/\n') + 3);
  return (
    `/** ${plural} (added with npm run new -- kind ${k.name}). */\n` +
    body
      .replaceAll('minimalKind', identifierOf(k.name))
      .replaceAll('minimal-kinds', k.dir)
      .replaceAll('minimal-kind', k.name)
      .replaceAll('Minimal kinds', plural)
      .replaceAll('Minimal kind', label)
      .replaceAll('minimal kind', words(k.name))
      .replaceAll('最小种类', k.labelZh)
  );
}

/**
 * The registry (lib/content/kinds/registry.ts) with the new kind imported and appended to KIND_DEFS, or the reason
 * it could not be edited (then the author adds the two lines by hand).
 */
export function registerKind(registry: string, name: string): { text: string } | { problem: string } {
  const id = identifierOf(name);
  const list = /export const KIND_DEFS = \[([^\]]*)\] as const;/.exec(registry);
  const imports = [...registry.matchAll(/^import .*;$/gm)];
  if (!list || imports.length === 0) {
    return { problem: `lib/content/kinds/registry.ts has no "export const KIND_DEFS = [...] as const;" line after its imports` };
  }
  const last = imports[imports.length - 1];
  const at = last.index + last[0].length;
  const withImport = `${registry.slice(0, at)}\nimport { ${id} } from './${name}';${registry.slice(at)}`;
  return { text: withImport.replace(list[0], `export const KIND_DEFS = [${list[1].trim() ? `${list[1].trim()}, ` : ''}${id}] as const;`) };
}
