import { describe, expect, it } from 'vitest';
import { bibliographyHref, citeFileName, downloadHeaders, entryCiteHref, parseCiteFile } from '@/lib/discovery/routes';

describe('discovery routes', () => {
  it('builds bibliography and per-entry download URLs', () => {
    expect([bibliographyHref('bib'), bibliographyHref('ris'), bibliographyHref('json')]).toEqual([
      '/references.bib',
      '/references.ris',
      '/references.json',
    ]);
    expect(entryCiteHref('stk11-lkb1-loss', 'ris')).toBe('/cite/stk11-lkb1-loss.ris');
    expect(citeFileName('tmb', 'json')).toBe('tmb.json');
  });

  it.each([
    ['stk11-lkb1-loss.bib', { id: 'stk11-lkb1-loss', format: 'bib' }],
    ['tmb.json', { id: 'tmb', format: 'json' }],
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
  });
});
