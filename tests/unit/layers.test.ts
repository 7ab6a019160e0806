/**
 * Layers read top-down: no two folders import each other (directly or round a loop), and lib/ never imports
 * from components/ or app/. The import statements of every .ts/.tsx file under lib/, components/ and app/
 * are parsed; a failure names the files that close the loop.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { folderCycles, folderOf, importEdges, importSpecifiers, type ImportEdge } from '../helpers/import-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the import-graph reader', () => {
  it('finds every import form, and none in comments or strings after code', () => {
    const src = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {\n  c,\n  d,\n} from "@/lib/c";',
      "export { e } from './e';",
      "export * from './f';",
      "import './side-effect.css';",
      "const g = await import('./g');",
      "// import { x } from './commented';",
      "/* import { y } from './block'; */",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importSpecifiers(src).sort()).toEqual(['../b', './a', './e', './f', './g', './side-effect.css', '@/lib/c', 'zod'].sort());
  });

  it('folds files to folders', () => {
    expect(folderOf('lib/content/build-corpus.ts')).toBe('lib/content');
    expect(folderOf('components/mdx-components.tsx')).toBe('components');
    expect(folderOf('app/[kind]/[id]/page.tsx')).toBe('app/[kind]');
  });

  it('reports a loop through three folders with the file behind each step', () => {
    const edges: ImportEdge[] = [
      { from: 'lib/a/one.ts', to: 'lib/b/two.ts' },
      { from: 'lib/b/two.ts', to: 'lib/c/three.ts' },
      { from: 'lib/c/three.ts', to: 'lib/a/four.ts' },
      { from: 'lib/c/three.ts', to: 'lib/d/five.ts' },
      { from: 'lib/a/one.ts', to: 'lib/a/four.ts' },
    ];
    expect(folderCycles(edges)).toEqual([
      [
        'lib/a → lib/b  (lib/a/one.ts imports lib/b/two.ts)',
        'lib/b → lib/c  (lib/b/two.ts imports lib/c/three.ts)',
        'lib/c → lib/a  (lib/c/three.ts imports lib/a/four.ts)',
      ],
    ]);
    expect(folderCycles(edges.filter((e) => e.to !== 'lib/a/four.ts'))).toEqual([]);
  });
});

describe('the source tree', () => {
  const edges = importEdges(ROOT, ['lib', 'components', 'app']);

  it('reads a real number of imports', () => {
    expect(edges.some((e) => e.from === 'lib/content/build-corpus.ts' && e.to === 'lib/content/issues.ts')).toBe(true);
  });

  it('has no folder-level import cycle', () => {
    const cycles = folderCycles(edges);
    expect(cycles.map((c) => c.join('\n')).join('\n\n')).toBe('');
  });

  it('lib/core imports no other folder (every layer may use it)', () => {
    const out = edges.filter((e) => e.from.startsWith('lib/core/') && !e.to.startsWith('lib/core/'));
    expect(out.map((e) => `${e.from} imports ${e.to}`)).toEqual([]);
  });

  it('lib/ never imports from components/ or app/', () => {
    const upward = edges.filter((e) => e.from.startsWith('lib/') && /^(components|app)\//.test(e.to));
    expect(upward.map((e) => `${e.from} imports ${e.to}`)).toEqual([]);
  });
});
