/**
 * Live authoring (`npm run dev`): the corpus is rebuilt when a content file changed since the last request, an
 * entry with a problem is served as its located report while the others keep working, and unchanged bodies are
 * not recompiled.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entryProblems, getSite, problemPages } from '@/lib/site/get-site';
import { formatIssue } from '@/lib/content/issues';
import { reloadWhenChanged } from '@/lib/content/live-corpus';
import { contentStamp } from '@/lib/content/read-files';
import { goodFiles } from '../../helpers/fixture-files';
import { writeTempCorpus } from '../../helpers/temp-corpus';

describe('reloadWhenChanged', () => {
  it('loads once per stamp, and again when the stamp changes', async () => {
    let stamp = 'a';
    let loads = 0;
    const get = reloadWhenChanged(() => stamp, async () => `load ${++loads} of ${stamp}`);
    expect(await get()).toBe('load 1 of a');
    expect(await get()).toBe('load 1 of a');
    stamp = 'b';
    expect(await get()).toBe('load 2 of b');
    expect(await get()).toBe('load 2 of b');
    expect(loads).toBe(2);
  });

  it('keeps a failed load for its stamp, and retries after the next change', async () => {
    let stamp = 'a';
    let loads = 0;
    const get = reloadWhenChanged(() => stamp, async () => {
      loads++;
      if (stamp === 'a') throw new Error('broken');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('broken');
    await expect(get()).rejects.toThrow('broken');
    stamp = 'b';
    expect(await get()).toBe('ok');
    expect(loads).toBe(2);
  });
});

describe('contentStamp', () => {
  it('changes when a file is edited, added or removed, and not otherwise', () => {
    const root = writeTempCorpus(goodFiles(), 'atlas-stamp-');
    try {
      const s0 = contentStamp(root);
      expect(contentStamp(root)).toBe(s0);
      writeFileSync(join(root, 'content/concepts/c-one.mdx'), readFileSync(join(root, 'content/concepts/c-one.mdx'), 'utf8').replace('Concept one', 'Concept one!'));
      const s1 = contentStamp(root);
      expect(s1).not.toBe(s0);
      writeFileSync(join(root, 'content/concepts/c-two.mdx'), 'x');
      const s2 = contentStamp(root);
      expect(s2).not.toBe(s1);
      rmSync(join(root, 'content/concepts/c-two.mdx'));
      expect(contentStamp(root)).toBe(s1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('getSite under `next dev`', () => {
  let root: string;
  const M = 'content/mechanisms/m-one.mdx';
  const edit = (path: string, find: string, replace: string) => {
    const p = join(root, path);
    const text = readFileSync(p, 'utf8');
    expect(text).toContain(find);
    writeFileSync(p, text.replace(find, replace));
  };
  const compiledBodies = () => readdirSync(join(root, '.cache/mdx')).length;

  beforeAll(() => {
    root = writeTempCorpus(goodFiles(), 'atlas-live-');
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('ATLAS_CACHE_DIR', join(root, '.cache/mdx'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows an edited title on the next request, recompiling no body', async () => {
    const first = await getSite(root);
    expect(first.getEntry('m-one')?.title).toBe('Mechanism one');
    expect(await getSite(root)).toBe(first);
    const bodies = compiledBodies();

    edit(M, 'title: Mechanism one', 'title: Mechanism one, revised');
    const second = await getSite(root);
    expect(second).not.toBe(first);
    expect(second.getEntry('m-one')?.title).toBe('Mechanism one, revised');
    expect(compiledBodies()).toBe(bodies);

    edit(M, 'It works through', 'It mostly works through');
    expect((await getSite(root)).getEntry('m-one')?.text).toContain('It mostly works through');
    expect(compiledBodies()).toBe(bodies + 1);
  });

  it('serves an entry with a problem as its located report, and the other entries as usual', async () => {
    edit(M, 'timing: primary', 'timing: early');
    const site = await getSite(root);
    expect(site.getEntry('m-one')).toBeUndefined();
    expect(site.getEntry('s-one')?.title).toBe('Strategy one');
    expect(problemPages(site)).toEqual([{ kind: 'mechanisms', id: 'm-one' }]);
    expect(entryProblems(site, 'mechanisms', 'm-one').map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.mdx:10:9  timing  Expected one of "primary" | "acquired" | "both", received "early"  → hint: Use one of: primary, acquired, both.",
      ]
    `);
    expect(entryProblems(site, 'strategies', 's-one')).toEqual([]);

    edit(M, 'timing: early', 'timing: primary');
    const fixed = await getSite(root);
    expect(fixed.getEntry('m-one')?.title).toBe('Mechanism one, revised');
    expect(problemPages(fixed)).toEqual([]);
  });
});
