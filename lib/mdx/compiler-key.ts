/**
 * What decides the compiler's output, and a key over it for the compiled-MDX cache: the contents of every file
 * under lib/mdx and of every project file they import (followed transitively), plus the versions of the
 * packages the compiler runs (those the files import, and mdx-bundler's toolchain). Edit the allowlist, a
 * remark plugin or a helper they use, or upgrade a package, and every cached body misses. Pure: the caller
 * supplies a reader, so tests can feed a changed file list.
 */
import { createHash } from 'node:crypto';
import { isBuiltin } from 'node:module';

/** Packages mdx-bundler compiles with, which no project file imports by name. */
export const TOOLCHAIN_PACKAGES = ['mdx-bundler', 'esbuild', '@mdx-js/esbuild', '@mdx-js/mdx'] as const;

export interface SourceFile {
  /** Path relative to the project root, with forward slashes (lib/mdx/compile.ts). */
  path: string;
  text: string;
}

export interface CompilerInputs {
  /** The source files that decide the output, sorted by path. */
  files: SourceFile[];
  /** Package names the compiler depends on, sorted. */
  packages: string[];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** Module specifiers of the imports and re-exports in `text` (type-only ones too: including them costs nothing). */
export function moduleSpecifiers(text: string): string[] {
  return [...new Set([...text.matchAll(SPECIFIER)].map((m) => m[1]))];
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function joinPosix(dir: string, rel: string): string {
  const out: string[] = dir ? dir.split('/') : [];
  for (const part of rel.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * Follows imports from `entries` through project files. `read(path)` returns a file's text, or undefined when
 * there is no such file. Relative (`./x`) and root-alias (`@/lib/x`) specifiers are project files; other
 * non-builtin specifiers are packages.
 */
export function compilerInputs(entries: readonly string[], read: (path: string) => string | undefined): CompilerInputs {
  const files = new Map<string, string>();
  const packages = new Set<string>(TOOLCHAIN_PACKAGES);
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (files.has(path)) continue;
    const text = read(path);
    if (text === undefined) continue;
    files.set(path, text);
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    for (const spec of moduleSpecifiers(text)) {
      const base = spec.startsWith('.') ? joinPosix(dir, spec) : spec.startsWith('@/') ? spec.slice(2) : null;
      if (base === null) {
        if (!isBuiltin(spec)) packages.add(packageName(spec));
        continue;
      }
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
        (c) => /\.tsx?$/.test(c) && (files.has(c) || read(c) !== undefined),
      );
      if (found) queue.push(found);
    }
  }
  return {
    files: [...files].map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    packages: [...packages].sort(),
  };
}

/** SHA-256 over the inputs' paths and contents and the package versions (`versions[name]`, "missing" if absent). */
export function compilerKey(inputs: CompilerInputs, versions: Readonly<Record<string, string | undefined>>): string {
  const h = createHash('sha256');
  for (const f of inputs.files) h.update(`file ${f.path}\0`).update(f.text).update('\0');
  for (const p of inputs.packages) h.update(`package ${p}@${versions[p] ?? 'missing'}\0`);
  return h.digest('hex');
}
