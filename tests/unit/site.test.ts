import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/site/feed';
import { citationJsonLd, entryJsonLd, serializeJsonLd } from '@/lib/site/json-ld';
import { conference, registration, regulatory } from './discovery/builders';
import { editUrl, siteUrl } from '@/lib/site/metadata';
import { entryHref, kindHref, searchHref } from '@/lib/site/routes';
import { referencedAssets, weighPage } from '@/lib/bench/page-weight';
import { build, goodFiles } from '../helpers/make-corpus';

describe('routes', () => {
  it.each([
    [entryHref('mechanism', 'stk11-lkb1-loss'), '/mechanisms/stk11-lkb1-loss'],
    [entryHref('cell-or-molecule', 'tgf-beta', 'evidence'), '/cells-and-molecules/tgf-beta#evidence'],
    [kindHref('strategy'), '/strategies'],
    [searchHref('TGF-β & <x>'), '/search?q=TGF-%CE%B2%20%26%20%3Cx%3E'],
  ])('%s', (got, want) => expect(got).toBe(want));
});

describe('metadata', () => {
  it('site URL and edit links come from the environment, without trailing slashes', () => {
    expect(siteUrl({ SITE_URL: 'https://atlas.example.org/' })).toBe('https://atlas.example.org');
    expect(siteUrl({})).toBe('http://localhost:3000');
    expect(editUrl('content/concepts/c-one.mdx', { NEXT_PUBLIC_REPO_URL: 'https://git.example/me/atlas/' })).toBe(
      'https://git.example/me/atlas/blob/main/content/concepts/c-one.mdx',
    );
  });
});

describe('JSON-LD', () => {
  it('describes an entry as a MedicalWebPage citing its references', async () => {
    const { entries, references } = await build(goodFiles());
    const m = entries.find((e) => e.id === 'm-one')!;
    const ld = entryJsonLd(
      m,
      references.filter((r) => m.refs.includes(r.id)),
      'https://a.example',
    );
    expect(ld['@type']).toBe('MedicalWebPage');
    expect(ld.url).toBe('https://a.example/mechanisms/m-one');
    expect(ld.citation).toEqual([
      {
        '@type': 'ScholarlyArticle',
        name: 'A study of resistance',
        author: [
          { '@type': 'Person', name: 'Doe J', familyName: 'Doe', givenName: 'J' },
          { '@type': 'Person', name: 'Roe R', familyName: 'Roe', givenName: 'R' },
        ],
        datePublished: '2020',
        isPartOf: { '@type': 'Periodical', name: 'Journal of Tests' },
        sameAs: 'https://doi.org/10.1000/test.1',
        identifier: 'doi:10.1000/test.1',
      },
    ]);
  });

  it('cites each source type with its own schema.org type, never with notes or seenAt', () => {
    const refs = [
      regulatory({ id: 'fda', notes: 'Tier detail: press.', seenAt: ['https://x.example/seen'] }),
      registration({ id: 'nct', status: 'Recruiting' }),
      conference({ id: 'lba', authors: [{ literal: 'CheckMate 77T Investigators' }], authorsComplete: true }),
    ];
    expect(refs.map(citationJsonLd)).toEqual([
      {
        '@type': 'Report',
        name: 'FDA approves pembrolizumab for resectable NSCLC',
        datePublished: '2023-10-16',
        publisher: { '@type': 'GovernmentOrganization', name: 'U.S. Food and Drug Administration', alternateName: 'FDA' },
        about: 'Resectable NSCLC, neoadjuvant then adjuvant',
        url: 'https://www.fda.gov/drugs/example',
      },
      {
        '@type': 'MedicalTrial',
        name: 'Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01)',
        identifier: 'NCT04294810',
        phase: 'Phase 3',
        sponsor: { '@type': 'Organization', name: 'Hoffmann-La Roche' },
        url: 'https://clinicaltrials.gov/study/NCT04294810',
      },
      {
        '@type': 'ScholarlyArticle',
        name: 'Perioperative nivolumab v placebo in resectable NSCLC',
        author: [{ '@type': 'Organization', name: 'CheckMate 77T Investigators' }],
        datePublished: '2024-09-15',
        publication: { '@type': 'PublicationEvent', name: 'ESMO Congress 2024' },
        url: 'https://oncologypro.esmo.org/abstract/example',
      },
    ]);
  });

  it('can never close its script element', () => {
    const s = serializeJsonLd({ x: '</script><script>alert(1)</script> & <!--' });
    expect(s).not.toMatch(/[<>&]/);
    expect(JSON.parse(s)).toEqual({ x: '</script><script>alert(1)</script> & <!--' });
  });
});

describe('feed', () => {
  it('lists entries newest review first, XML-escaped', async () => {
    const { entries } = await build(goodFiles());
    const changed = entries.map((e, i) => ({ ...e, lastReviewed: `2026-0${(i % 6) + 1}-01`, title: i === 0 ? 'A & B <c>' : e.title }));
    const xml = atomFeed(changed, 'https://a.example', 3);
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual([
      '<updated>2026-06-01T00:00:00Z</updated>',
      '<updated>2026-06-01T00:00:00Z</updated>',
      '<updated>2026-05-01T00:00:00Z</updated>',
      '<updated>2026-04-01T00:00:00Z</updated>',
    ]);
    expect(xml).not.toContain('<c>');
  });
});

describe('page weight', () => {
  it('finds the scripts and stylesheets a page loads, skipping nomodule polyfills', () => {
    const html =
      '<link rel="stylesheet" href="/_next/a.css"><script src="/_next/x.js" async></script><script src="/p.js" noModule></script><script src="/_next/x.js"></script>';
    expect(referencedAssets(html)).toEqual([
      { url: '/_next/x.js', kind: 'js' },
      { url: '/_next/a.css', kind: 'css' },
    ]);
    const w = weighPage(html, (u) => Buffer.from(u === '/_next/x.js' ? 'x'.repeat(1000) : 'body{}'));
    expect(w.js.map((a) => a.raw)).toEqual([1000]);
    expect(() => weighPage(html, () => null)).toThrow('/_next/x.js');
  });
});
