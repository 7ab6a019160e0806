/**
 * The compiled-MDX cache is keyed by what decides the compiler's output. Regression for the allowlist case: a
 * body using a component that is not allowed compiles to an error, which is cached; after the allowlist file
 * gains the component, the cache misses and the same body compiles cleanly, with no cache deleted by hand.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStore, readCompilerKey } from '@/lib/content/read-files';
import type { CompiledBody } from '@/lib/mdx/compile';
import { withCompileCache } from '@/lib/mdx/compile-cache';
import { compilerInputs, compilerKey, moduleSpecifiers } from '@/lib/mdx/compiler-key';

const repo = process.cwd();
const readRepo = (path: string) => {
  try {
    return readFileSync(join(repo, path), 'utf8');
  } catch {
    return undefined;
  }
};
const ALLOWLIST = 'lib/mdx/allowed-components.ts';

describe('compilerInputs', () => {
  it('follows imports from the compiler into the project files it uses, and names its packages', () => {
    const inputs = compilerInputs(['lib/mdx/compile.ts'], readRepo);
    const paths = inputs.files.map((f) => f.path);
    expect(paths).toContain(ALLOWLIST);
    expect(paths).toContain('lib/core/suggest.ts'); // imported by the allowlist plugin, outside lib/mdx
    expect(paths).toContain('lib/core/text.ts'); // the heading slugs
    expect(paths).not.toContain('lib/content/schema.ts');
    expect(inputs.packages).toEqual(['@mdx-js/esbuild', '@mdx-js/mdx', 'esbuild', 'mdx-bundler', 'remark-cjk-friendly', 'remark-gfm']);
  });

  it('reads import, re-export, side-effect and dynamic-import specifiers', () => {
    const text = `import a from './a';\nimport type { B } from "../b";\nexport { c } from '@/lib/c';\nimport './d';\nconst e = await import('e-pkg/sub');`;
    expect(moduleSpecifiers(text)).toEqual(['./a', '../b', '@/lib/c', './d', 'e-pkg/sub']);
  });

  it('changes the key with any input file or package version, and only then', () => {
    const inputs = compilerInputs(['lib/mdx/compile.ts'], readRepo);
    const versions = { 'mdx-bundler': '10.1.1', esbuild: '0.28.2' };
    const key = compilerKey(inputs, versions);
    expect(compilerKey(compilerInputs(['lib/mdx/compile.ts'], readRepo), { ...versions })).toBe(key);
    expect(compilerKey(inputs, { ...versions, esbuild: '0.28.3' })).not.toBe(key);
    const edited = { ...inputs, files: inputs.files.map((f) => (f.path === 'lib/mdx/slug.ts' ? { ...f, text: `${f.text}\n` } : f)) };
    expect(compilerKey(edited, versions)).not.toBe(key);
  });
});

describe('the compile cache after an allowlist change', () => {
  let tmp: string;
  /** A copy of the compiler's own files (as the key derives them) under `name`, with node_modules linked in. */
  function copyCompiler(name: string): string {
    const root = join(tmp, name);
    const key = compilerInputs(['lib/mdx/compile.ts'], readRepo);
    for (const f of key.files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      cpSync(join(repo, f.path), join(root, f.path));
    }
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    return root;
  }
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'atlas-compiler-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('misses, and accepts the newly allowed component', async () => {
    const before = copyCompiler('before');
    const after = copyCompiler('after');
    const list = join(after, ALLOWLIST);
    const text = readFileSync(list, 'utf8');
    const open = 'export const ALLOWED_COMPONENTS: Record<string, ComponentSpec> = {';
    expect(text).toContain(open);
    writeFileSync(
      list,
      text.replace(open, `${open}\n  Gene: { children: 'inline', attributes: {}, doc: 'A gene symbol: <Gene>KRAS</Gene>' },`),
    );

    const compilerOf = async (root: string) => {
      const { compileMdx } = (await import(join(root, 'lib/mdx/compile.ts'))) as {
        compileMdx: (b: string, cwd: string) => Promise<CompiledBody>;
      };
      return (body: string) => compileMdx(body, root);
    };
    const store = fileStore(join(tmp, 'cache'));
    const body = '\nLoss of <Gene>STK11</Gene> is common.\n';

    const keyBefore = readCompilerKey(before)!;
    const first = withCompileCache(await compilerOf(before), store, keyBefore);
    const rejected = await first.compile(body);
    expect(rejected.issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toMatchInlineSnapshot(`
      [
        "2:9 Unknown component <Gene>",
      ]
    `);
    expect((await first.compile(body)).issues).toEqual(rejected.issues);
    expect(first.stats).toEqual({ hits: 1, misses: 1 });

    const keyAfter = readCompilerKey(after)!;
    expect(keyAfter).not.toBe(keyBefore);
    const second = withCompileCache(await compilerOf(after), store, keyAfter);
    const accepted = await second.compile(body);
    expect(second.stats).toEqual({ hits: 0, misses: 1 });
    expect(accepted.issues).toEqual([]);
    expect(accepted.code).toContain('Gene');
  });
});
