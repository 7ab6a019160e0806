/**
 * Where a reader gets GB/T 7714: the bibliography download (/references.gbt7714.txt), an entry's download
 * (/cite/<id>.gbt7714.txt) and "Cite this page", for the REAL corpus.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as bibliographyGET } from '@/app/references.gbt7714.txt/route';
import { GET as entryGET } from '@/app/cite/[file]/route';
import { CITE_GBT7714_LABELS, CiteThisPage } from '@/components/entry/cite-this-page';
import type { Reference } from '@/lib/content/references';
import { gbt7714PageCitation, gbt7714Reference, toGBT7714 } from '@/lib/discovery/gbt7714';
import { citeThisPage } from '@/lib/discovery/cite-formats';
import { publicOrigin } from '@/lib/site/metadata';
import { getSite, type Site } from '@/lib/site/get-site';

let site: Site;
beforeAll(async () => {
  site = await getSite();
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('GB/T 7714 downloads', () => {
  it('/references.gbt7714.txt: the whole bibliography, numbered in file order, as a plain-text attachment', async () => {
    const res = await bibliographyGET();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="resistance-atlas-references.gbt7714.txt"');
    const text = await res.text();
    const refs = site.corpus.references;
    expect(text).toBe(toGBT7714(refs));
    const numbered = text.split('\n').filter((l) => /^\[\d+\] /.test(l));
    expect(numbered).toHaveLength(refs.length);
    expect(numbered.at(-1)).toBe(`[${refs.length}] ${gbt7714Reference(refs.at(-1)!)}`);
  });

  it('/cite/<id>.gbt7714.txt: one entry’s references in citation order', async () => {
    const entry = site.getEntry('stk11-lkb1-loss')!;
    const res = await entryGET(new Request('http://x/cite/stk11-lkb1-loss.gbt7714.txt'), {
      params: Promise.resolve({ file: 'stk11-lkb1-loss.gbt7714.txt' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const refs = entry.refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
    expect(refs.length).toBeGreaterThan(0);
    const text = await res.text();
    expect(text).toBe(toGBT7714(refs));
    expect(text).toContain(`[1] ${gbt7714Reference(refs[0])}`);
  });
});

describe('Cite this page', () => {
  it('shows the GB/T 7714 citation of the English page and links the entry’s GB/T 7714 download', () => {
    const entry = site.getEntry('stk11-lkb1-loss')!;
    const html = renderToStaticMarkup(createElement(CiteThisPage, { entry }));
    const url = citeThisPage(entry, publicOrigin()).url;
    const gbt = gbt7714PageCitation({ title: entry.title, locale: 'en', url, lastReviewed: entry.lastReviewed });
    const before = gbt.text.slice(0, gbt.text.lastIndexOf(url));
    expect(html).toContain(`${escapeHtml(CITE_GBT7714_LABELS.heading)}:</span> ${escapeHtml(before)}<a href="${url}">${url}</a>.`);
    expect(html).toContain(escapeHtml(CITE_GBT7714_LABELS.accessedNote));
    expect(html).toContain('href="/cite/stk11-lkb1-loss.gbt7714.txt"');
    expect(html).not.toContain('中文版');
  });

  it('on the Chinese page cites the Chinese title, marked 中文版, at the URL it is given', () => {
    const entry = site.getEntry('stk11-lkb1-loss')!;
    const html = renderToStaticMarkup(createElement(CiteThisPage, { entry, locale: 'zh', url: 'https://atlas.example.org/zh/x' }));
    expect(html).toContain(
      `${escapeHtml(entry.titleZh)}: 中文版[EB/OL]. (${entry.lastReviewed}). <a href="https://atlas.example.org/zh/x">`,
    );
  });
});
