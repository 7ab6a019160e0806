import { describe, expect, it } from 'vitest';
import { latestQuery } from '../../../lib/search/latest-query';

function deferredRunner() {
  const started: string[] = [];
  const pending = new Map<string, (v: string) => void>();
  const run = (q: string) => {
    started.push(q);
    return new Promise<string>((resolve) => pending.set(q, resolve));
  };
  return { started, run, finish: async (q: string) => (pending.get(q)!(`hits for ${q}`), await new Promise((r) => setTimeout(r, 0))) };
}

describe('latestQuery', () => {
  it('runs one search at a time and then only the latest query typed meanwhile', async () => {
    const { started, run, finish } = deferredRunner();
    const delivered: string[] = [];
    const search = latestQuery(run, (q, r) => delivered.push(`${q} → ${r}`));
    search('T');
    search('TM');
    search('TMB');
    expect(started).toEqual(['T']);
    await finish('T');
    expect(started).toEqual(['T', 'TMB']);
    await finish('TMB');
    expect(delivered).toEqual(['T → hits for T', 'TMB → hits for TMB']);
  });

  it('keeps going after a failed search', async () => {
    const started: string[] = [];
    const delivered: string[] = [];
    const search = latestQuery(
      (q) => (started.push(q), q === 'bad' ? Promise.reject(new Error('x')) : Promise.resolve(q)),
      (q) => delivered.push(q),
    );
    search('bad');
    search('good');
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['bad', 'good']);
    expect(delivered).toEqual(['good']);
  });
});
