/**
 * The search islands in each language, rendered to HTML as the server sends them: the Chinese page's form submits
 * to /zh/search and every visible string and label is Chinese; the English ones are unchanged.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchDialog } from '@/components/search/search-dialog.client';
import { SearchLauncher } from '@/components/search/search-launcher.client';
import { SearchPage, type SearchPageProps } from '@/components/search/search-page.client';
import { SEARCH_PAGE_TEXT, SEARCH_TEXT } from '@/components/search/search-text';
import type { Locale } from '@/lib/i18n/locales';

const props = (locale: Locale): SearchPageProps => ({
  locale,
  kinds: [
    {
      name: 'biomarker',
      dir: 'biomarkers',
      label: locale === 'zh' ? '生物标志物' : 'Biomarker',
      plural: locale === 'zh' ? '生物标志物' : 'Biomarkers',
    },
  ],
  origins: [{ value: 'intrinsic', label: locale === 'zh' ? '内源性' : 'Intrinsic' }],
  timings: [],
  areas: [],
});

describe('search page island', () => {
  it.each<[Locale, string]>([
    ['en', '/search'],
    ['zh', '/zh/search'],
  ])('%s: submits to %s, with the strings of its language', (locale, action) => {
    const html = renderToStaticMarkup(createElement(SearchPage, props(locale)));
    const t = { ...SEARCH_TEXT[locale], ...SEARCH_PAGE_TEXT[locale] };
    expect(html).toContain(`action="${action}"`);
    for (const s of [t.formLabel, t.termsLabel, t.placeholder, t.search, t.kind, t.origin, t.applyFilters, t.typeTerm, t.results]) {
      expect(html).toContain(s);
    }
  });

  it('has no English left on the Chinese page, and the same keys in both tables', () => {
    const html = renderToStaticMarkup(createElement(SearchPage, props('zh')));
    for (const english of ['Search with filters', 'Search terms', 'Apply filters', 'Type a term', 'Kind', 'Search results']) {
      expect(html).not.toContain(english);
    }
    expect(Object.keys(SEARCH_TEXT.zh).sort()).toEqual(Object.keys(SEARCH_TEXT.en).sort());
    expect(Object.keys(SEARCH_PAGE_TEXT.zh).sort()).toEqual(Object.keys(SEARCH_PAGE_TEXT.en).sort());
  });

  it('formats counts and echoes the query in each language, cut to 80 characters', () => {
    expect(SEARCH_PAGE_TEXT.en.count(1, 'TMB')).toBe('1 result for “TMB”');
    expect(SEARCH_PAGE_TEXT.en.count(3, 'TMB')).toBe('3 results for “TMB”');
    expect(SEARCH_PAGE_TEXT.zh.count(3, '肿瘤突变负荷')).toBe('“肿瘤突变负荷”共 3 条结果');
    expect(SEARCH_TEXT.zh.noMatch('耐'.repeat(200))).toContain(`“${'耐'.repeat(80)}”`);
  });
});

describe('search dialog and launcher', () => {
  it.each<Locale>(['en', 'zh'])('%s: labels, placeholder and hints in the language of the page', (locale) => {
    const t = SEARCH_TEXT[locale];
    const html = renderToStaticMarkup(createElement(SearchDialog, { locale, kindLabels: {}, onClose: () => undefined }));
    for (const s of [t.dialogLabel, t.termsLabel, t.placeholder, t.close, t.loading, t.results]) expect(html).toContain(s);
  });

  it('labels the launcher button in the language of the page', () => {
    expect(renderToStaticMarkup(createElement(SearchLauncher, { kindLabels: {}, locale: 'zh' }))).toContain('快速搜索');
    expect(renderToStaticMarkup(createElement(SearchLauncher, { kindLabels: {} }))).toContain('Quick search');
  });
});
