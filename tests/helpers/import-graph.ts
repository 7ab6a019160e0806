/**
 * The import graph of the source tree, folded to folders, for the layering test. Reads files; test-only.
 * A folder is a top-level source root plus its first sub-folder (lib/content, components/search, app/[kind]);
 * files directly in a root belong to the root (components/mdx-components.tsx → components).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** One import of a local file: `from` imports `to` (both repository-relative, forward slashes). */
export interface ImportEdge {
  from: string;
  to: string;
}

const IMPORT_RES = [
  // import x from '…', import type { X } from '…', export { x } from '…', export * from '…' (may span lines).
  /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"\n]+)['"]/g,
  // side-effect imports: import '…'
  /(?:^|[\n;])\s*import\s*['"]([^'"\n]+)['"]/g,
  // dynamic imports: import('…')
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

/** Module specifiers imported by a source text, in order of appearance per form. Comments are ignored. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const re of IMPORT_RES) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The repository-relative file `spec` names from `fromFile`, or null for a package import. */
export function resolveSpecifier(root: string, fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = join(root, dirname(fromFile), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return relative(root, p).split(sep).join('/');
  }
  throw new Error(`${fromFile}: cannot resolve import "${spec}"`);
}

/** Every .ts/.tsx file under `dirs` (repository-relative). */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = posix.join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name.name) && !name.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of dirs) if (existsSync(join(root, d))) walk(d);
  return out.sort();
}

/** Every local import of the files under `dirs`. */
export function importEdges(root: string, dirs: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of sourceFiles(root, dirs)) {
    for (const spec of importSpecifiers(readFileSync(join(root, from), 'utf8'))) {
      const to = resolveSpecifier(root, from, spec);
      if (to) edges.push({ from, to });
    }
  }
  return edges;
}

/** The folder a file belongs to for layering: root + first sub-folder, or the root for files directly in it. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Folder-level cycles: for each group of folders that reach one another, one cycle through them, written as
 * one line per step naming the file that makes it ("lib/a → lib/b  (lib/a/x.ts imports lib/b/y.ts)").
 */
export function folderCycles(edges: readonly ImportEdge[], folder: (file: string) => string = folderOf): string[][] {
  const witness = new Map<string, ImportEdge>();
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = folder(e.from);
    const b = folder(e.to);
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
    if (!witness.has(`${a}\0${b}`)) witness.set(`${a}\0${b}`, e);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(next.get(v) ?? [])].sort()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);

  // One concrete cycle per group: the shortest path back to its first folder, inside the group.
  return groups.map((group) => {
    const inGroup = new Set(group);
    const start = group[0];
    const prev = new Map<string, string>();
    const queue = [start];
    let last: string | undefined;
    while (queue.length && !last) {
      const v = queue.shift()!;
      for (const w of [...(next.get(v) ?? [])].sort()) {
        if (!inGroup.has(w)) continue;
        if (w === start) {
          last = v;
          break;
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = last!; v !== start; v = prev.get(v)!) path.splice(1, 0, v);
    path.push(start);
    return path.slice(0, -1).map((a, i) => {
      const b = path[i + 1];
      const e = witness.get(`${a}\0${b}`)!;
      return `${a} → ${b}  (${e.from} imports ${e.to})`;
    });
  });
}
