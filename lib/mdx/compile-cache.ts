/**
 * Compiled-MDX cache keyed by content hash: an unchanged body is not recompiled on the next build. The key covers
 * the body and a fingerprint of the compiler (compiler-key.ts: the contents of its source files and its packages'
 * versions), so changing the pipeline invalidates every entry without a manual cache-breaker.
 */
import { createHash } from 'node:crypto';
import type { CompiledBody } from './compile';

export interface CacheStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function cacheKey(body: string, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(body).digest('hex');
}

/** Wraps `compile` with `store`; a cached value that does not parse is treated as a miss and overwritten. */
export function withCompileCache(
  compile: (body: string) => Promise<CompiledBody>,
  store: CacheStore,
  fingerprint: string,
): { compile: (body: string) => Promise<CompiledBody>; stats: { hits: number; misses: number } } {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    async compile(body) {
      const key = cacheKey(body, fingerprint);
      const cached = store.get(key);
      if (cached !== undefined) {
        try {
          const value = JSON.parse(cached) as CompiledBody;
          if (typeof value.code === 'string' && Array.isArray(value.issues)) {
            stats.hits++;
            return value;
          }
        } catch {
          /* corrupt entry: recompile below */
        }
      }
      stats.misses++;
      const value = await compile(body);
      store.set(key, JSON.stringify(value));
      return value;
    },
  };
}
