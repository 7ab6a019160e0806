import { describe, expect, it } from 'vitest';
import { bibliographyHref, CITE_FORMATS, citeFileName, downloadHeaders, entryCiteHref, parseCiteFile } from '@/lib/discovery/routes';

describe('discovery routes', () => {
  it('builds bibliography and per-entry download URLs', () => {
    expect(CITE_FORMATS.map(bibliographyHref)).toEqual([
      '/references.bib',
      '/references.ris',
      '/references.json',
      '/references.gbt7714.txt',
    ]);
    expect(entryCiteHref('stk11-lkb1-loss', 'ris')).toBe('/cite/stk11-lkb1-loss.ris');
    expect(entryCiteHref('stk11-lkb1-loss', 'gbt7714.txt')).toBe('/cite/stk11-lkb1-loss.gbt7714.txt');
    expect(citeFileName('tmb', 'json')).toBe('tmb.json');
  });

  it.each([
    ['stk11-lkb1-loss.bib', { id: 'stk11-lkb1-loss', format: 'bib' }],
    ['tmb.json', { id: 'tmb', format: 'json' }],
    ['tmb.gbt7714.txt', { id: 'tmb', format: 'gbt7714.txt' }],
    ['tmb.txt', null],
    ['.gbt7714.txt', null],
    ['tmb.x.gbt7714.txt', null],
    ['tmb.pdf', null],
    ['.bib', null],
    ['Bad_Id.ris', null],
    ['tmb', null],
  ])('parseCiteFile(%s)', (file, expected) => {
    expect(parseCiteFile(file)).toEqual(expected);
  });

  it('serves downloads as attachments with the format’s content type', () => {
    expect(downloadHeaders('bib', 'references.bib')).toEqual({
      'Content-Type': 'application/x-bibtex; charset=utf-8',
      'Content-Disposition': 'attachment; filename="references.bib"',
    });
    expect(downloadHeaders('json', 'a"b.json')['Content-Disposition']).toBe('attachment; filename="ab.json"');
    expect(downloadHeaders('gbt7714.txt', 'r.gbt7714.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
  });
});
