/**
 * Content fuzzing: randomly damaged frontmatter and MDX never crash the checker; every file ends either as a page
 * or with at least one located issue of its own.
 */
import { describe, expect, it } from 'vitest';
import { build, goodFiles } from '../../helpers/make-corpus';
import { mulberry32 as rng } from '../../../lib/bench/prng';

const NASTY = ['<', '>', '{', '}', '---', ':', '- ', '"', "'", '\n', '\t', '[', ']', '&', '#', '`', '\\', '|', '<Cite', '</', '{/*', '\u0000', '\uFEFF', '\u202E', '😀', '肿瘤', '__proto__', 'javascript:', '<script>', ' on', '%', '*', '!'];

function mutate(text: string, r: () => number): string {
  let s = text;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.4) s = s.slice(0, at) + NASTY[Math.floor(r() * NASTY.length)] + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20));
    else if (op < 0.85) s = s.slice(0, at) + s.slice(at, at + 30).split('').reverse().join('') + s.slice(at + 30);
    else s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0xffff)) + s.slice(at);
  }
  return s;
}

describe('content fuzz', () => {
  it('300 damaged files: no crash, each file a page or a located issue', async () => {
    const r = rng(20261124);
    const base = goodFiles();
    const entryFiles = base.filter((f) => f.path.endsWith('.mdx'));
    for (let i = 0; i < 300; i++) {
      const target = entryFiles[Math.floor(r() * entryFiles.length)];
      const damaged = { path: target.path, text: mutate(target.text, r) };
      const files = base.map((f) => (f.path === target.path ? damaged : f));
      const corpus = await build(files);
      for (const issue of corpus.issues) {
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.column).toBeGreaterThanOrEqual(1);
        expect(issue.field.length).toBeGreaterThan(0);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(files.some((f) => f.path === issue.file)).toBe(true);
      }
      const pages = new Set(corpus.entries.map((e) => e.file));
      const withIssues = new Set(corpus.issues.map((x) => x.file));
      for (const f of entryFiles) expect(pages.has(f.path) || withIssues.has(f.path), `${f.path} vanished (case ${i})\n${damaged.text}`).toBe(true);
    }
  }, 120_000);
});
