/** `npm start` builds only when the build is missing or older than a source, and says which (scripts/start.mjs). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStaleness, newestFile } from '@/lib/site/build-freshness.mjs';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes `path` under the project with its modification time `secondsAgo` seconds in the past. */
function file(path: string, secondsAgo: number): void {
  const abs = join(root, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, 'x');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(abs, t, t);
}

function project(): void {
  root = mkdtempSync(join(tmpdir(), 'atlas-fresh-'));
  file('content/mechanisms/m-one.mdx', 300);
  file('lib/site/pages.ts', 300);
  file('package.json', 300);
}

describe('build freshness', () => {
  it('builds when there is no complete build', () => {
    project();
    file('.next/BUILD_ID', 100); // a build that stopped before its last step writes no csp-pages.json
    expect(buildStaleness(root)).toEqual({ stale: true, reason: 'there is no complete build in .next/' });
  });

  it('serves a build newer than every source', () => {
    project();
    file('.next/csp-pages.json', 100);
    expect(buildStaleness(root)).toEqual({ stale: false, reason: 'the build in .next/ is newer than every source' });
  });

  it('builds when a source changed after the build, and names it', () => {
    project();
    file('.next/csp-pages.json', 100);
    file('content/mechanisms/m-two.mdx', 10);
    expect(buildStaleness(root)).toEqual({ stale: true, reason: 'content/mechanisms/m-two.mdx changed after the last build' });
  });

  it('ignores files that are not sources (docs, tests, caches) and honours another build folder', () => {
    project();
    file('.next-other/csp-pages.json', 100);
    file('README.md', 10);
    file('tests/unit/x.test.ts', 10);
    file('.cache/mdx/abc', 10);
    expect(buildStaleness(root, '.next-other')).toEqual({ stale: false, reason: 'the build in .next-other/ is newer than every source' });
    expect(newestFile(root, ['content', 'lib', 'no-such-folder'])?.path).toMatch(/^(content|lib)\//);
  });
});

describe('npm start (scripts/start.mjs)', () => {
  /** Runs scripts/start.mjs in the project, with a server that only says it started, and a build that only stamps. */
  function start(...args: string[]): { status: number | null; output: string } {
    file('server.mjs', 300);
    writeFileSync(join(root, 'server.mjs'), "console.log('server started');\n");
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { build: 'node build.mjs' } }));
    utimesSync(join(root, 'package.json'), Date.now() / 1000 - 300, Date.now() / 1000 - 300);
    writeFileSync(
      join(root, 'build.mjs'),
      "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('.next', { recursive: true });\nwriteFileSync('.next/csp-pages.json', '{}');\nconsole.log('built');\n",
    );
    const r = spawnSync(process.execPath, [join(process.cwd(), 'scripts/start.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ATLAS_SERVER_ENTRY: join(root, 'server.mjs'), NEXT_DIST_DIR: '' },
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  it('builds when the build is missing, says so, then serves', () => {
    project();
    const r = start();
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('npm start: building, because there is no complete build in .next/.');
    expect(r.output.indexOf('built')).toBeLessThan(r.output.indexOf('server started'));
  });

  it('serves an up-to-date build without building, and says so; --rebuild builds anyway', () => {
    project();
    file('.next/csp-pages.json', 10);
    const r = start();
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('npm start: not building, because the build in .next/ is newer than every source');
    expect(r.output).not.toContain('built');
    expect(r.output).toContain('server started');
    expect(start('--rebuild').output).toContain('npm start: building, because you asked for it (--rebuild).');
  });
});
