import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, parseHeadersFile, ruleMatches, staticHeaderRules } from '@/lib/site/headers-file.mjs';
import { HSTS, SECURITY_HEADERS } from '@/lib/site/serving.mjs';

const site = {
  pages: {
    '/': ["'sha256-home'"],
    '/mechanisms': ["'sha256-list'"],
    '/mechanisms/x': ["'sha256-x1'", "'sha256-x2'"],
    '/404': ["'sha256-404'"],
  },
  files: [
    '/_next/static/chunks/a.js',
    '/api/entries.json',
    '/cite/x.bib',
    '/search-index.json',
    '/index.txt',
    '/mechanisms.txt',
    '/mechanisms/x.txt',
    '/mechanisms/x/__next.x.txt',
    '/robots.txt',
  ],
};
const rules = staticHeaderRules(site);
const scriptSrc = (h: Record<string, string>) => /script-src ([^;]*)/.exec(h['Content-Security-Policy'] ?? '')?.[1];

describe('static _headers', () => {
  it('gives every page its own script policy, made of hashes and self only', () => {
    expect(scriptSrc(headersForPath(rules, '/'))).toBe("'self' 'sha256-home'");
    expect(scriptSrc(headersForPath(rules, '/mechanisms/x'))).toBe("'self' 'sha256-x1' 'sha256-x2'");
    for (const r of rules) for (const [, v] of r.headers) expect(v).not.toMatch(/script-src [^;]*unsafe-inline/);
  });

  it('never lets two different policies match one path (Cloudflare would enforce both)', () => {
    for (const path of [...Object.keys(site.pages), ...site.files]) {
      const csp = headersForPath(rules, path)['Content-Security-Policy'];
      if (csp !== undefined) expect(csp, path).not.toContain(', ');
    }
  });

  it('sends the shared headers and HSTS everywhere, the shared policy on files beside no page, long caching on hashed assets', () => {
    const js = headersForPath(rules, '/_next/static/chunks/a.js');
    expect(js['Strict-Transport-Security']).toBe(HSTS);
    expect(js['X-Content-Type-Options']).toBe('nosniff');
    expect(js['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(js['Content-Security-Policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(headersForPath(rules, '/api/entries.json')['Content-Security-Policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(headersForPath(rules, '/search-index.json')['Content-Security-Policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(rules.map((r) => r.path)).not.toContain('/mechanisms.txt');
    expect(rules.map((r) => r.path)).not.toContain('/mechanisms/*');
  });

  it('round-trips through the file format', () => {
    const text = formatHeadersFile(rules, 'generated\nline two');
    expect(text.startsWith('# generated\n# line two\n/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('reports a header line outside a rule with its line', () => {
    expect(() => parseHeadersFile('# c\n  X-A: b\n')).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers:2:1  header  not a "Name: value" line under a path  → indent header lines under a rule's path]`,
    );
  });

  it.each([
    ['/*', '/', true],
    ['/*', '/a/b', true],
    ['/_next/*', '/_next/static/x.js', true],
    ['/_next/*', '/next', false],
    ['/mechanisms/x', '/mechanisms/x', true],
    ['/mechanisms/x', '/mechanisms/xy', false],
    ['/mechanisms/:id', '/mechanisms/x', true],
    ['/mechanisms/:id', '/mechanisms/x/y', false],
    ['/a.json', '/aXjson', false],
  ])('%s matches %s: %s', (pattern, path, want) => expect(ruleMatches(pattern, path)).toBe(want));
});
