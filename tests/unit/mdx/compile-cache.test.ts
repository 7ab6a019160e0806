import { describe, expect, it } from 'vitest';
import { cacheKey, withCompileCache } from '@/lib/mdx/compile-cache';
import type { CompiledBody } from '@/lib/mdx/compile';

const body = (code: string): CompiledBody => ({ code, headings: [], links: [], localAnchors: [], citations: [], issues: [], text: '' });

function memoryStore() {
  const m = new Map<string, string>();
  return { m, get: (k: string) => m.get(k), set: (k: string, v: string) => void m.set(k, v) };
}

describe('compiled-MDX cache', () => {
  it('compiles an unchanged body once', async () => {
    let calls = 0;
    const store = memoryStore();
    const c = withCompileCache(async (b) => (calls++, body(`code:${b}`)), store, 'fp1');
    expect(await c.compile('a')).toEqual(body('code:a'));
    expect(await c.compile('a')).toEqual(body('code:a'));
    expect(await c.compile('b')).toEqual(body('code:b'));
    expect(calls).toBe(2);
    expect(c.stats).toEqual({ hits: 1, misses: 2 });
  });

  it('misses when the compiler fingerprint changes', async () => {
    let calls = 0;
    const store = memoryStore();
    await withCompileCache(async () => (calls++, body('x')), store, 'fp1').compile('a');
    await withCompileCache(async () => (calls++, body('x')), store, 'fp2').compile('a');
    expect(calls).toBe(2);
    expect(cacheKey('a', 'fp1')).not.toBe(cacheKey('a', 'fp2'));
  });

  it('treats a corrupt entry as a miss and repairs it', async () => {
    const store = memoryStore();
    store.set(cacheKey('a', 'fp'), '{not json');
    const c = withCompileCache(async () => body('fresh'), store, 'fp');
    expect((await c.compile('a')).code).toBe('fresh');
    expect(JSON.parse(store.m.get(cacheKey('a', 'fp'))!).code).toBe('fresh');
  });
});
