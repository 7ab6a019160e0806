import { describe, expect, it } from 'vitest';
import { citeThisPage } from '@/lib/discovery/cite-formats';
import { entriesJsonSchema, entryRecordSchema, toEntryRecord } from '@/lib/discovery/export';
import { editUrl, publicOrigin, siteUrl } from '@/lib/site/metadata';
import { configuredSiteUrl, siteUrlWarning } from '@/lib/site/site-url.mjs';
import { mechanism } from '../discovery/builders';

describe('SITE_URL', () => {
  it.each([
    [{ SITE_URL: 'https://atlas.example.org/' }, 'https://atlas.example.org'],
    [{ NEXT_PUBLIC_SITE_URL: 'http://10.0.0.2:8080' }, 'http://10.0.0.2:8080'],
    [{ SITE_URL: '  https://a.example//  ' }, 'https://a.example'],
    [{}, null],
    [{ SITE_URL: '' }, null],
    [{ SITE_URL: 'atlas.example.org' }, null],
    [{ SITE_URL: 'ftp://atlas.example.org' }, null],
  ])('%j → %s', (env, want) => expect(configuredSiteUrl(env)).toBe(want));

  it('absolute-only URLs fall back to localhost, the others become root-relative', () => {
    expect(siteUrl({})).toBe('http://localhost:3000');
    expect(publicOrigin({})).toBe('');
    expect(publicOrigin({ SITE_URL: 'https://atlas.example.org/' })).toBe('https://atlas.example.org');
  });

  it('a build without it says so loudly, naming the fix', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://atlas.example.org' })).toBeNull();
    const w = siteUrlWarning({})!;
    expect(w).toContain('SITE_URL is not set');
    expect(w).toContain('http://localhost:3000');
    expect(w).toContain('→ build with SITE_URL=https://your.public.host');
    expect(siteUrlWarning({ SITE_URL: 'atlas.example.org' })).toContain('SITE_URL="atlas.example.org" is not an absolute http(s) URL');
  });

  it('exports and citations use root-relative URLs when no origin is configured, and validate either way', () => {
    const m = mechanism('stk11-lkb1-loss');
    const rel = toEntryRecord(m, publicOrigin({}));
    expect(rel.url).toBe('/mechanisms/stk11-lkb1-loss');
    expect(entryRecordSchema.safeParse(rel).success).toBe(true);
    expect(entryRecordSchema.safeParse(toEntryRecord(m, 'https://atlas.example.org')).success).toBe(true);
    expect(entryRecordSchema.safeParse({ ...rel, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(entryRecordSchema.safeParse({ ...rel, url: '//evil.example/x' }).success).toBe(false);
    expect(citeThisPage(m, '').url).toBe('/mechanisms/stk11-lkb1-loss');
    expect((entriesJsonSchema('/api/entries.schema.json') as { $id: string }).$id).toBe('/api/entries.schema.json');
  });
});

describe('"Edit this page"', () => {
  it('links only when a repository is configured', () => {
    expect(editUrl('content/concepts/c-one.mdx', {})).toBeNull();
    expect(editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: '' })).toBeNull();
    expect(editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: 'not a url' })).toBeNull();
    expect(editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: 'javascript:alert(1)//x' })).toBeNull();
    expect(editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: 'https://git.example/me/atlas/' })).toBe(
      'https://git.example/me/atlas/blob/main/content/concepts/c-one.mdx',
    );
    expect(
      editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: 'https://git.example/me/atlas', NEXT_PUBLIC_REPO_BRANCH: 'release/1' }),
    ).toBe('https://git.example/me/atlas/blob/release%2F1/content/concepts/c-one.mdx');
  });
});

describe('npm run build:static', () => {
  it('refuses to run without SITE_URL, before building anything', async () => {
    const { spawnSync } = await import('node:child_process');
    const env = { ...process.env };
    delete env.SITE_URL;
    delete env.NEXT_PUBLIC_SITE_URL;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-static.ts'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SITE_URL is not set');
    expect(r.stderr).toContain('build:static: refusing to write a static site whose absolute URLs point at localhost');
  });
});
