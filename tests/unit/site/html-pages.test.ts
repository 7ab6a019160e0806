import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, pageUrl } from '@/lib/site/html-pages';

describe('built HTML pages and their clean URLs', () => {
  it.each([
    ['/index.html', '/'],
    ['/mechanisms/stk11-lkb1-loss.html', '/mechanisms/stk11-lkb1-loss'],
    ['/glossary/zh.html', '/glossary/zh'],
    ['/docs/index.html', '/docs/index'],
    ['/404.html', '/404'],
  ])('%s is served at %s', (file, url) => {
    expect(pageUrl(file)).toBe(url);
  });

  it('walks every folder, keeps only .html files, and sorts by URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    mkdirSync(join(dir, 'mechanisms'));
    for (const f of ['index.html', 'map.html', 'map.html.gz', 'map.txt', 'mechanisms/a.html']) writeFileSync(join(dir, f), '<p>x</p>');
    expect(htmlPages(dir).map((p) => [p.url, p.file.slice(dir.length)])).toEqual([
      ['/', '/index.html'],
      ['/map', '/map.html'],
      ['/mechanisms/a', '/mechanisms/a.html'],
    ]);
  });
});
