import { describe, expect, it } from 'vitest';
import {
  exitStatus,
  HSTS,
  malformedPath,
  pageKey,
  responseHeaders,
  perRequestPages,
  scriptSourcesFor,
  servedOverHttps,
  withScriptSources,
} from '@/lib/site/serving.mjs';
import { MALFORMED_PATHS } from '../../helpers/malformed-paths';

describe('malformedPath', () => {
  it('lists 17 malformed paths', () => expect(MALFORMED_PATHS).toHaveLength(17));

  it.each(MALFORMED_PATHS)('%s is malformed', (p) => {
    expect(malformedPath(p)).toBe(true);
    expect(malformedPath(`${p}?q=x`)).toBe(true);
  });

  it.each([
    '/',
    '/mechanisms/stk11-lkb1-loss',
    '/search?q=%',
    '/search?q=%ff',
    '/a%20b',
    '/%E8%80%90%E8%8D%AF',
    '/x#%',
    '/cite/a.bib',
    '/%25',
  ])('%s is well formed', (p) => {
    expect(malformedPath(p)).toBe(false);
  });
});

describe('servedOverHttps', () => {
  it.each([
    [{}, false],
    [{ encrypted: true }, true],
    [{ forwardedProto: 'https' }, true],
    [{ forwardedProto: 'HTTPS' }, true],
    [{ forwardedProto: 'https, http' }, true],
    [{ forwardedProto: 'http, https' }, false],
    [{ forwardedProto: ['https'] }, true],
    [{ forwardedProto: 'http' }, false],
    [{ siteUrl: 'https://atlas.example.org' }, true],
    [{ siteUrl: 'http://atlas.example.org' }, false],
  ])('%j → %s', (r, want) => expect(servedOverHttps(r)).toBe(want));
});

describe('response headers', () => {
  const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'";

  it('replaces only the script-src of a policy', () => {
    expect(withScriptSources(policy, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'",
    );
    expect(withScriptSources("default-src 'self'", [])).toBe("default-src 'self'; script-src 'self'");
  });

  it('never allows inline script except by hash, and adds HSTS over HTTPS only', () => {
    const plain = responseHeaders({});
    expect(plain['Content-Security-Policy']).toMatch(/script-src 'self';/);
    expect(/script-src [^;]*unsafe-inline/.test(plain['Content-Security-Policy'])).toBe(false);
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    const page = responseHeaders({ scripts: ["'sha256-x'"], https: true });
    expect(/script-src ([^;]*)/.exec(page['Content-Security-Policy'])?.[1]).toBe("'self' 'sha256-x'");
    expect(page['Strict-Transport-Security']).toBe(HSTS);
    expect(page['X-Frame-Options']).toBe('DENY');
  });

  it('finds a page by its clean path, else the not-found page', () => {
    const pages = { '/': ["'h-home'"], '/mechanisms/x': ["'h-x'"], '/_not-found': ["'h-404'"] };
    expect(pageKey('/mechanisms/x/?a=1')).toBe('/mechanisms/x');
    expect(pageKey('/')).toBe('/');
    expect(scriptSourcesFor('/', pages)).toEqual(["'h-home'"]);
    expect(scriptSourcesFor('/mechanisms/x?q=1', pages)).toEqual(["'h-x'"]);
    expect(scriptSourcesFor('/nope', pages)).toEqual(["'h-404'"]);
    expect(scriptSourcesFor('/nope', {})).toEqual([]);
  });
});

describe('exitStatus', () => {
  it.each([
    [0, null, 0],
    [3, null, 3],
    [null, 'SIGTERM', 143],
    [null, 'SIGINT', 130],
    [null, 'SIGKILL', 137],
    [null, null, 1],
  ] as const)('code %s, signal %s → %s', (code, signal, want) => expect(exitStatus(code, signal)).toBe(want));
});

describe('perRequestPages', () => {
  it('names the app pages that are neither prerendered nor dynamic-segment routes', () => {
    const appPaths = {
      '/page': '/',
      '/evidence/page': '/evidence',
      '/[kind]/[id]/page': '/[kind]/[id]',
      '/api/x.json/route': '/api/x.json',
      '/map/page': '/map',
    };
    const prerendered = { '/': {}, '/map': {}, '/api/x.json': {} };
    expect([...perRequestPages(appPaths, prerendered)]).toEqual(['/evidence']);
  });
});
