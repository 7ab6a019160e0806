import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepFiles } from '@/lib/bench/keep-files';

describe('keepFiles', () => {
  it('puts files back as they were after a build rewrote them, and ignores files that do not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keep-'));
    const a = join(dir, 'tsconfig.json');
    writeFileSync(a, '{ "lib": ["dom"] }\n');
    const restore = keepFiles([a, join(dir, 'missing.d.ts')]);
    writeFileSync(a, '{\n  "lib": [\n    "dom"\n  ]\n}\n');
    restore();
    expect(readFileSync(a, 'utf8')).toBe('{ "lib": ["dom"] }\n');
  });
});
