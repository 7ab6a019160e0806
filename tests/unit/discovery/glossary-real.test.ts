/** The glossary on the real content: the pages the registry and the browser tests name exist. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/content/load';
import { buildGlossary, type Glossary } from '@/lib/discovery/glossary';
import { makeSite } from '@/lib/site/get-site';
import { sitePage } from '@/lib/site/pages';

let glossary: Glossary;
beforeAll(async () => {
  const corpus = await loadCorpus(process.cwd());
  expect(corpus.issues).toEqual([]);
  glossary = buildGlossary(makeSite(corpus).entries);
}, 120_000);

describe('the glossary of the atlas', () => {
  it('stands for its section pages with the largest 中文 section', () => {
    const zh = glossary.sections.filter((s) => s.group === 'zh');
    const largest = zh.reduce((a, b) => (b.terms.length > a.terms.length ? b : a));
    expect(sitePage('glossary-letter').path).toBe(largest.href);
    expect(sitePage('glossary-letter').label).toBe(`Glossary: ${largest.label}`);
  });

  it('files 骨髓来源抑制细胞 under 中文 G, and has a 中文 A page for old #letter-zh links', () => {
    const row = glossary.sections.flatMap((s) => s.terms.map((t) => [s.key, t.term])).find(([, t]) => t === '骨髓来源抑制细胞');
    expect(row?.[0]).toBe('zh-g');
    expect(glossary.index.find((i) => i.group === 'zh')?.href).toBe('/glossary/zh-a');
  });

  it('keeps every term in exactly one section, under a unique anchor', () => {
    const anchors = glossary.sections.flatMap((s) => s.terms.map((t) => t.anchor));
    expect(anchors.length).toBe(glossary.termCount);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
