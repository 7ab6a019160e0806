/**
 * A temporary copy of this repository for tests that change it as a contributor would (add a kind, run the scripts):
 * every file except build output, caches and dependencies; node_modules is linked, and the compiled-MDX cache copied
 * so that the copy's content check and test setup do not compile every entry again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** Top-level folders that are produced, not written: never copied. */
const SKIP = new Set(['node_modules', '.git', '.next', '.atlas', '.cache', '.bench', 'out', 'test-results', 'playwright-report']);

export interface RepoCopy {
  root: string;
  /** Files of the copy that are new or differ from the repository it was copied from, sorted. */
  changed(): string[];
  read(path: string): string;
  write(path: string, text: string): void;
  /** Runs a command in the copy; never throws (the result says how it ended). */
  run(command: string, args: readonly string[]): { status: number | null; output: string; ms: number };
  remove(): void;
}

export function copyRepo(from = process.cwd()): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  cpSync(from, root, {
    recursive: true,
    filter: (src) => {
      const top = relative(from, src).split(sep)[0];
      // (tsconfig.tsbuildinfo is copied: the copy's typecheck then redoes only what changed, as it would in place.)
      return !SKIP.has(top) && !top.startsWith('.next-');
    },
  });
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (existsSync(join(from, '.cache/mdx'))) cpSync(join(from, '.cache/mdx'), join(root, '.cache/mdx'), { recursive: true });
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => {
      const rel = dir ? `${dir}/${d.name}` : d.name;
      if (!dir && (SKIP.has(d.name) || d.name.startsWith('.next-') || d.name.endsWith('.tsbuildinfo'))) return [];
      return d.isDirectory() ? files(rel) : [rel];
    });
  return {
    root,
    changed: () =>
      files('')
        .filter((f) => !existsSync(join(from, f)) || !readFileSync(join(from, f)).equals(readFileSync(join(root, f))))
        .sort(),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    run(command, args) {
      const started = performance.now();
      const r = spawnSync(command, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      return {
        status: r.status,
        output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
        ms: Math.round(performance.now() - started),
      };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
