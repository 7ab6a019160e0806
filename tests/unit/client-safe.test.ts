/**
 * Client islands import only what is safe for the browser: their value-import closure must not reach the kind
 * registry (schemas, zod) or anything that reads files. Type-only imports are erased and allowed.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const FORBIDDEN = [
  /^lib\/content\/kinds\//,
  /^lib\/content\/(read-files|load|build-corpus)\.ts$/,
  /^lib\/site\/get-site\.ts$/,
  /^lib\/mdx\//,
  /^node:/,
  /^zod$/,
  /^mdx-bundler$/,
  /^esbuild$/,
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Value imports of a module (skips `import type` and `export type`), as written. */
export function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) if (!m[2]) out.push(m[3]);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.') && !spec.startsWith('@/')) return spec;
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(join(ROOT, from)), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(cand) && statSync(cand).isFile()) return relative(ROOT, cand);
  }
  return relative(ROOT, base);
}

function closure(entry: string): Map<string, string> {
  const seen = new Map<string, string>([[entry, '(island)']]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!/\.(ts|tsx)$/.test(file)) continue;
    for (const spec of valueImports(readFileSync(join(ROOT, file), 'utf8'))) {
      const target = resolveImport(file, spec);
      if (seen.has(target)) continue;
      seen.set(target, file);
      if (/\.(ts|tsx)$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

const islands = walk(join(ROOT, 'components'))
  .map((p) => relative(ROOT, p))
  .filter((p) => p.endsWith('.client.tsx'));

describe('client islands', () => {
  it('exist', () => {
    expect(islands).toContain('components/search/search-dialog.client.tsx');
  });

  for (const island of islands) {
    it(`${island} imports nothing server-only`, () => {
      const reached = closure(island);
      const bad = [...reached].filter(([f]) => FORBIDDEN.some((re) => re.test(f))).map(([f, via]) => `${f} (imported by ${via})`);
      expect(bad).toEqual([]);
    });
  }

  it('the check sees a forbidden import (the registry) when one is made', () => {
    expect(valueImports("import { KIND_INFO } from '@/lib/content/kinds';\nimport type { Kind } from '@/lib/content/kinds';")).toEqual([
      '@/lib/content/kinds',
    ]);
    expect(resolveImport('components/x.client.tsx', '@/lib/content/kinds')).toBe('lib/content/kinds/index.ts');
  });
});
