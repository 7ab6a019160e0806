/**
 * Chinese translations (content/<kind>/<id>.zh.mdx): each structural fault is one located issue whose wording is
 * locked by snapshot; a changed English makes a translation stale (listed, never an error); a current one passes.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssue } from '@/lib/content/issues';
import { parseEntry } from '@/lib/content/parse-entry';
import type { RawFile } from '@/lib/content/read-files';
import { currentHashes, englishFields, numbersOf, splitSections, textHash } from '@/lib/content/translations';
import { translationReport, translationStatus } from '@/lib/content/translation-status';
import { build, editGood, goodFiles } from '../../helpers/make-corpus';

const M = 'content/mechanisms/m-one.mdx';
const ZH = 'content/mechanisms/m-one.zh.mdx';

/** The English m-one with numbers in its first section and an evidence statement. */
function english(): RawFile {
  const base = editGood(M, 'It works through [the biomarker](b-one) <Cite id="ref-one" />.', 'It works through [the biomarker](b-one) in 14 of 120 tumours (HR 0.50, 95% CI 0.37–0.68) <Cite id="ref-one" />.');
  return {
    path: M,
    text: base.text.replace(
      'lastReviewed: 2026-11-24',
      'lastReviewed: 2026-11-24\nevidence:\n  - id: m-one-claim\n    claim: Mechanism one went with a response rate of 7.4% in the cohort studied.\n    type: predictive\n    direction: supports\n    level: C\n    context: nsclc\n    sources: [ref-one]\n    concerns: [b-one]',
    ),
  };
}

const ZH_BODY = `## 机制

它通过[该标志物](b-one)起作用，见于120例肿瘤中的14例（HR 0.50，95% CI 0.37–0.68）<Cite id="ref-one" />。

## 证据

见[策略一](s-one#how-it-works)及<Term id="c-one">C1</Term>。
`;

/** Hashes of today's English `en` (what `npm run new -- zh … --stamp` writes). */
function hashesOf(en: RawFile, keys = ['mechanism', 'evidence']) {
  const parsed = parseEntry(en.path, en.text);
  return currentHashes({ fields: englishFields(parsed.data as Record<string, unknown>), sections: splitSections(parsed.body, keys) });
}

function translation(en: RawFile, opts: { fm?: Record<string, unknown>; body?: string; omit?: string[] } = {}): RawFile {
  const h = hashesOf(en);
  const fm: Record<string, unknown> = {
    summary: '机制一的摘要，长度足以通过摘要的最短长度规则。',
    evidence: { 'm-one-claim': '在所研究的队列中，机制一与7.4%的缓解率相关。' },
    translated: { fields: { summary: h.fields.summary, 'evidence.m-one-claim': h.fields['evidence.m-one-claim'] }, sections: h.sections },
    ...opts.fm,
  };
  for (const k of opts.omit ?? []) delete fm[k];
  return { path: ZH, text: `---\n${stringify(fm)}---\n\n${opts.body ?? ZH_BODY}` };
}

const corpusWith = (...files: RawFile[]) => build([...goodFiles().filter((f) => !files.some((x) => x.path === f.path)), ...files]);

async function allIssues(...files: RawFile[]): Promise<string[]> {
  return (await corpusWith(...files)).issues.map(formatIssue);
}

async function onlyIssue(...files: RawFile[]): Promise<string> {
  const corpus = await corpusWith(...files);
  expect(corpus.issues, corpus.issues.map(formatIssue).join('\n')).toHaveLength(1);
  return formatIssue(corpus.issues[0]);
}

describe('a current translation', () => {
  it('passes, is loaded beside its entry, and carries the English section anchors on its headings', async () => {
    const en = english();
    const corpus = await corpusWith(en, translation(en));
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    const t = corpus.translations.find((x) => x.id === 'm-one')!;
    expect(t.state).toEqual({ staleFields: [], staleSections: [], sectionKeys: ['mechanism', 'evidence'] });
    expect(t.headings.map((h) => [h.text, h.id])).toEqual([
      ['机制', 'mechanism'],
      ['证据', 'evidence'],
    ]);
    expect(t.summary).toMatch(/^机制一的摘要/);
    expect(t.evidence['m-one-claim']).toMatch(/7\.4%/);
    expect(corpus.fileCount).toBe(goodFiles().length); // a translation is counted, not an extra entry
  });
});

describe('staleness: never an error', () => {
  it('marks the sections and fields whose English changed, and lists them', async () => {
    const before = english();
    const after = { path: M, text: before.text.replace('in 14 of 120 tumours', 'in 15 of 120 tumours').replace('7.4%', '7.5%') };
    const tr = translation(before);
    const corpus = await corpusWith(after, tr);
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    const t = corpus.translations.find((x) => x.id === 'm-one')!;
    expect(t.state.staleSections).toEqual(['mechanism']);
    expect(t.state.staleFields).toEqual(['evidence.m-one-claim']);
    const status = translationStatus(corpus.entries, corpus.translations);
    expect(status.totals).toEqual({ current: 0, stale: 1, untranslated: 5 });
    expect(translationReport(status)).toMatchInlineSnapshot(`
      [
        "  中文版: 0 translated, 1 stale, 5 not translated yet (see /zh/translation-status).",
        "    stale: content/mechanisms/m-one.zh.mdx  English changed: §mechanism, evidence.m-one-claim  → update the translation, then npm run new -- zh mechanism m-one --stamp",
      ]
    `);
  });

  it('a field the translation lacks is stale (shown in English), not an error', async () => {
    const en = english();
    const tr = translation(en, { omit: ['evidence'], fm: { translated: { fields: { summary: hashesOf(en).fields.summary }, sections: hashesOf(en).sections } } });
    const corpus = await corpusWith(en, tr);
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    expect(corpus.translations[0].state.staleFields).toEqual(['evidence.m-one-claim']);
  });

  it('a section added to the English is stale in the translation, not an error', async () => {
    const en = english();
    const tr = translation(en);
    const grown = { path: M, text: `${en.text}\n## Open questions\n\nWhether it matters.\n` };
    const corpus = await corpusWith(grown, tr);
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    expect(corpus.translations[0].state.staleSections).toEqual(['open-questions']);
  });
});

describe('structural faults: located errors', () => {
  it('a translation with no English file', async () => {
    expect(await onlyIssue({ path: 'content/mechanisms/m-two.zh.mdx', text: translation(english()).text })).toMatchInlineSnapshot(
      `"content/mechanisms/m-two.zh.mdx:1:1  file  No English entry content/mechanisms/m-two.mdx for this translation  → hint: A translation sits beside its English file with the same id: rename it, or remove it."`,
    );
  });
  it('no translated block', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { omit: ['translated'] }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:2:1  translated  The translation does not record what it translates (no "translated" block)  → hint: Run \`npm run new -- zh <kind> <id>\` for a scaffold with the hashes, or copy them from \`npm run check:content\`."`,
    );
  });
  it('a malformed hash', async () => {
    const en = english();
    const h = hashesOf(en);
    expect(await onlyIssue(en, translation(en, { fm: { translated: { fields: { summary: 'abc', 'evidence.m-one-claim': h.fields['evidence.m-one-claim'] }, sections: h.sections } } }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:7:14  translated.fields.summary  Malformed hash "abc" (expected 12 hex digits)  → hint: Copy the hash from \`npm run new -- zh <kind> <id>\`; never edit it by hand."`,
    );
  });
  it('a claim for an evidence id the English does not have', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { fm: { evidence: { 'm-one-claim': '在所研究的队列中，机制一与7.4%的缓解率相关。', 'no-such-claim': '多出的陈述。' } } }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:5:3  evidence.no-such-claim  The English entry has no evidence statement "no-such-claim"  → hint: Use one of: m-one-claim."`,
    );
  });
  it('a frontmatter field a translation may not set', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { fm: { references: ['ref-two'] } }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:12:1  references  A translation may not set "references": facts live in the English entry  → hint: Remove it; a translation carries only title, summary, evidenceNote, evidence, text, translated."`,
    );
  });
  it('a citation dropped', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { body: ZH_BODY.replace('<Cite id="ref-one" />', '') }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:14:1  body  Section "mechanism" drops the citation "ref-one" of the English  → hint: Keep every <Cite id="…" /> of the English section, in the sentence it supports."`,
    );
  });
  it('a citation the English section does not have', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { body: ZH_BODY.replace('及<Term', '<Cite id="ref-two" />及<Term') }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:18:1  body  Section "evidence" cites "ref-two", which the English section does not  → hint: A translation adds no source: cite only what the English section cites."`,
    );
  });
  it('an entry link dropped', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { body: ZH_BODY.replace('[策略一](s-one#how-it-works)', '策略一') }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:18:1  body  Section "evidence" drops the link to "s-one#how-it-works"  → hint: Keep every entry link and <Term> of the English section (the link text may be Chinese)."`,
    );
  });
  it('a heading skeleton that differs', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { body: ZH_BODY.replace('见[策略一]', '### 小节\n\n见[策略一]') }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:18:1  body  Section "evidence" has headings of levels [2 3] where the English has [2]  → hint: Keep the English heading skeleton: the same headings at the same levels, in order."`,
    );
  });
  it('a number that differs (its digits lost, and a number the English lacks)', async () => {
    const en = english();
    expect(await allIssues(en, translation(en, { body: ZH_BODY.replace('HR 0.50', 'HR 0.5') }))).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.zh.mdx:14:1  body  Section "mechanism" lacks the number 0.50 of the English  → hint: Keep every number of the English section with its digits (HRs, CIs, P values, percentages, counts, dates).",
        "content/mechanisms/m-one.zh.mdx:14:1  body  Section "mechanism" has the number 0.5, which the English section does not  → hint: A translation adds no number: write only the numbers of the English section.",
      ]
    `);
  });
  it('a number the English does not have, in a field', async () => {
    const en = english();
    expect(await onlyIssue(en, translation(en, { fm: { evidence: { 'm-one-claim': '在所研究的33例队列中，机制一与7.4%的缓解率相关。' } } }))).toMatchInlineSnapshot(
      `"content/mechanisms/m-one.zh.mdx:4:16  evidence.m-one-claim  The translation of evidence.m-one-claim has the number 33, which the English does not  → hint: A translation adds no number."`,
    );
  });
  it('a section count that differs from the sections it records', async () => {
    const en = english();
    expect(await allIssues(en, translation(en, { body: ZH_BODY.replace('## 证据\n\n', '') }))).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.zh.mdx:14:1  body  The translation has 1 "##" sections but records 2 English sections  → hint: Translate each "##" section of the English once, in order (mechanism, evidence).",
        "content/mechanisms/m-one.zh.mdx:14:1  body  Section "mechanism" links to "c-one", "s-one#how-it-works", which the English section does not  → hint: Link only what the English section links.",
      ]
    `);
  });
  it('every fault of every file arrives in one run', async () => {
    const en = english();
    const corpus = await corpusWith(en, translation(en, { fm: { references: ['ref-two'] }, body: ZH_BODY.replace('HR 0.50', 'HR 0.5') }), {
      path: 'content/concepts/nope.zh.mdx',
      text: '---\nsummary: 没有英文。\n---\n\n正文。\n',
    });
    expect(corpus.issues.map((i) => `${i.file} ${i.field}`)).toEqual([
      'content/concepts/nope.zh.mdx file',
      'content/mechanisms/m-one.zh.mdx references',
      'content/mechanisms/m-one.zh.mdx body',
      'content/mechanisms/m-one.zh.mdx body',
    ]);
  });
});

describe('numbers a translation must keep', () => {
  it.each([
    ['HR 0.50 (95% CI 0.37–0.68), P<0.001', ['0.001', '0.37', '0.50', '0.68', '95']],
    ['2,407 patients; 7.4% vs 35.7%', ['2407', '35.7', '7.4']],
    ['PD-1, CD8, KEYNOTE-024, G12C, mRNA-4157 and 3 trials', []],
    ['程序性死亡受体1（PD-1）在2016年10月24日获批，中位随访5年', ['2016', '24']],
    ['in 1 of 14 tumours, 5%', ['14', '5']],
    ['<Cite id="ref-2018-x" /> [KRAS](kras-2020)', []],
  ])('%s', (text, expected) => {
    expect(numbersOf(text)).toEqual(expected);
  });
  it('hashes ignore layout whitespace only', () => {
    expect(textHash('a  b\nc')).toBe(textHash(' a b c '));
    expect(textHash('a b c')).not.toBe(textHash('a b d'));
    expect(textHash('HR 0.50')).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('the sitemap lists both languages', () => {
  it('pairs a translated page with its Chinese twin and leaves an untranslated Chinese entry page out', async () => {
    const { sitemapEntries } = await import('@/lib/site/sitemap');
    const rows = sitemapEntries('https://atlas.example.org', [
      { path: '/map', lastModified: '2026-12-01', translated: true },
      { path: '/mechanisms/x', lastModified: '2026-11-01', translated: false },
    ]);
    expect(rows.map((r) => r.url)).toEqual(['https://atlas.example.org/map', 'https://atlas.example.org/zh/map', 'https://atlas.example.org/mechanisms/x']);
    expect(rows[1].alternates?.languages).toEqual({
      en: 'https://atlas.example.org/map',
      'zh-CN': 'https://atlas.example.org/zh/map',
      'x-default': 'https://atlas.example.org/map',
    });
    expect(rows[2].alternates).toBeUndefined();
  });
});
