import { describe, expect, it } from 'vitest';
import { isUnsafeUrl } from '@/lib/mdx/remark-allowlist';
import { parseEntryHref } from '@/lib/mdx/remark-collect-links';
import { createSlugger, slugify } from '@/lib/mdx/slug';
import { cachedCompile } from '../../helpers/make-corpus';

describe('compileMdx collects what the graph and checks need', () => {
  it('bold and italics work next to Han characters and full-width punctuation (CommonMark alone leaves the asterisks)', async () => {
    const r = await cachedCompile('\n这是**β2-微球蛋白（B2M）**的缺失，*并非*所有。\n');
    expect(r.issues).toEqual([]);
    expect(r.code).not.toContain('**');
    expect(r.code).toMatch(/strong/);
    expect(r.code).toMatch(/\bem\b/);
  });

  it('headings get unique slug ids, in order', async () => {
    const r = await cachedCompile('## Mechanism\n\n### TGF-β and IL-10\n\n## Mechanism\n');
    expect(r.headings).toEqual([
      { depth: 2, text: 'Mechanism', id: 'mechanism' },
      { depth: 3, text: 'TGF-β and IL-10', id: 'tgf-beta-and-il-10' },
      { depth: 2, text: 'Mechanism', id: 'mechanism-1' },
    ]);
    expect(r.code).toContain('tgf-beta-and-il-10');
  });

  it('links and terms, with positions and sentences; external links are not cross-links', async () => {
    const r = await cachedCompile(
      '\n\nFirst sentence. Loss of [LKB1](stk11-lkb1-loss#evidence) cools the tumour. See <Term id="tmb">TMB</Term>.\n\n[ESMO](https://www.esmo.org/)\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.links).toEqual([
      {
        target: 'stk11-lkb1-loss',
        anchor: 'evidence',
        via: 'link',
        text: 'LKB1',
        sentence: 'Loss of LKB1 cools the tumour.',
        line: 3,
        column: 25,
      },
      { target: 'tmb', anchor: null, via: 'term', text: 'TMB', sentence: 'See TMB.', line: 3, column: 80 },
    ]);
  });

  it('citations in document order with positions', async () => {
    const r = await cachedCompile('A <Cite id="ref-one" /> and B <Cite id="ref-two" />.\n\n- C <Cite id="ref-one" />\n');
    expect(r.citations.map((c) => [c.key, c.line, c.column])).toEqual([
      ['ref-one', 1, 3],
      ['ref-two', 1, 31],
      ['ref-one', 3, 5],
    ]);
  });

  it('collects plain body text for search, without citation markup', async () => {
    const r = await cachedCompile('## Title\n\nText with **bold** <Cite id="x" /> words.\n');
    expect(r.text).toBe('Title\nText with bold words.');
  });

  it('keeps unsafe nodes out of the compiled code', async () => {
    const r = await cachedCompile('<script>window.pwned = 1</script>\n\n<Callout type="note" onClick="steal()">x</Callout>\n');
    expect(r.issues.map((i) => i.message)).toEqual([
      'Raw HTML <script> is not allowed in MDX',
      'Event-handler attribute "onClick" is not allowed on <Callout>',
    ]);
    expect(r.code).toBe('');
  });

  it('allows MDX comments but not expressions', async () => {
    expect((await cachedCompile('{/* a comment */}\n\nText.\n')).issues).toEqual([]);
    expect((await cachedCompile('Text {1 + 1}.\n')).issues.map((i) => i.message)).toEqual([
      'JavaScript expressions {…} are not allowed in entries',
    ]);
  });

  it('checks component attributes', async () => {
    const r = await cachedCompile(
      '<Callout type="warning">x</Callout>\n\n<Cite />\n\n<Cite id="a">text</Cite>\n\n<Figure caption="c" colour="red">x</Figure>\n',
    );
    expect(r.issues.map((i) => `${i.line}: ${i.message} | ${i.hint}`)).toEqual([
      '1: Attribute type="warning" on <Callout> must be one of "note" | "key-point" | "caution" | "review-slip" | ',
      '3: <Cite> is missing the required attribute "id" | Add id="…" (a key in content/references.yaml).',
      '5: <Cite> takes no content | Write it self-closing: <Cite … />.',
      '7: Unknown attribute "colour" on <Figure> | <Figure> takes: caption.',
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['javascript:alert(1)', true],
    [' JAVASCRIPT:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['data:text/html,x', true],
    ['vbscript:x', true],
    ['https://example.org', false],
    ['stk11-lkb1-loss', false],
  ])('isUnsafeUrl(%j) = %s', (url, unsafe) => {
    expect(isUnsafeUrl(url)).toBe(unsafe);
  });

  it.each([
    ['stk11-lkb1-loss', { id: 'stk11-lkb1-loss', anchor: null }],
    ['tmb#evidence', { id: 'tmb', anchor: 'evidence' }],
    ['TMB', null],
    ['a#b#c', null],
    ['/mechanisms/x', null],
  ])('parseEntryHref(%j)', (href, expected) => {
    expect(parseEntryHref(href)).toEqual(expected);
  });

  it('slugs', () => {
    expect(slugify('IFN-γ → PD-L1')).toBe('ifn-gamma-pd-l1');
    expect(slugify('肿瘤微环境')).toBe('肿瘤微环境');
    expect(slugify('???')).toBe('section');
    const s = createSlugger();
    expect([s('A'), s('A'), s('A')]).toEqual(['a', 'a-1', 'a-2']);
  });
});
