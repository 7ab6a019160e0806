import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '@/lib/bench/synthetic-corpus';
import { formatIssue } from '@/lib/content/issues';
import { loadReferences } from '@/lib/content/references';
import { build } from '../../helpers/make-corpus';

describe('synthetic corpus for the build benchmark', () => {
  it('passes every content check, so the benchmark times a real build (not a failed one)', async () => {
    const refs = readFileSync('content/references.yaml', 'utf8');
    const keys = loadReferences(refs).references.map((r) => r.id);
    const corpus = await build(syntheticCorpus(40, refs, keys));
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    expect(corpus.entries).toHaveLength(40);
  }, 60_000);
});
