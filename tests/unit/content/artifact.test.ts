/**
 * The production server answers from the corpus artifact alone: the artifact is built by the real script for a
 * fixture corpus, content/ is then deleted, and the MDX compiler and its bundler throw if anything imports them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { goodFiles } from '../../helpers/fixture-files';
import { writeTempCorpus } from '../../helpers/temp-corpus';

vi.mock('@/lib/mdx/compile', () => {
  throw new Error('the MDX compiler was imported while serving from the artifact');
});
vi.mock('mdx-bundler', () => {
  throw new Error('mdx-bundler was imported while serving from the artifact');
});
vi.mock('esbuild', () => {
  throw new Error('esbuild was imported while serving from the artifact');
});

let root: string;
let buildOutput: string;
beforeAll(() => {
  root = writeTempCorpus(goodFiles(), 'atlas-artifact-');
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  buildOutput = execFileSync(tsx, ['scripts/build-corpus.ts', root], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CACHE_DIR: join(root, '.cache/mdx') },
  });
  rmSync(join(root, 'content'), { recursive: true });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the corpus artifact', () => {
  it('is written by scripts/build-corpus.ts, which prints the report', () => {
    expect(buildOutput.split('\n')[0]).toBe('✓ 6 content files checked, no problems found.');
    expect(existsSync(join(root, '.atlas/corpus.json'))).toBe(true);
  });

  it('serves the whole site with content/ gone and the compiler unavailable', async () => {
    expect(existsSync(join(root, 'content'))).toBe(false);
    const { getSite } = await import('@/lib/site/get-site');
    const site = await getSite(root);
    expect(site.entries.map((e) => e.id)).toEqual(['b-one', 'x-one', 'c-one', 'm-one', 's-one', 't-one']);
    expect(site.getReference('ref-one')?.title).toBe('A study of resistance');
    expect(site.citing('ref-two' as never).map((e) => e.id)).toEqual(['s-one']);
    expect(site.graph.edges.length).toBeGreaterThan(0);
    const m = site.getEntry('m-one')!;
    expect(m.headings.map((h) => h.id)).toEqual(['mechanism', 'evidence']);

    const { MdxContent } = await import('@/components/mdx-content');
    const html = renderToStaticMarkup(createElement(MdxContent, { site, entry: m }));
    expect(html).toContain('<h2 id="mechanism">');
    expect(html).toContain('href="/biomarkers/b-one"');
  });

  it('is read once per process', async () => {
    const { getSite } = await import('@/lib/site/get-site');
    expect(await getSite(root)).toBe(await getSite(root));
  });
});
