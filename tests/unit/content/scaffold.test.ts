/**
 * The scaffold's placeholder text is an error: a freshly scaffolded entry reports every placeholder it still
 * has, located, in one run, for every kind.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { PLACEHOLDERS, scaffoldEntry } from '@/lib/content/scaffold';
import { build, REFS, withFiles } from '../../helpers/make-corpus';

/** The fixture bibliography plus the key the scaffold cites, so only placeholder problems remain. */
const refs = {
  path: 'content/references.yaml',
  text: `${REFS}- id: source-review\n  type: journal\n  authors: [{ family: Doe, given: J }]\n  authorsComplete: true\n  title: The source review\n  journal: Journal of Tests\n  year: 2022\n  pmid: 34567890\n  evidenceContext: NSCLC\n  supports: The scaffold's citation.\n`,
};
const ids = { strategy: 's-one', mechanism: 'm-one', any: 'c-one' };

describe('scaffold placeholders', () => {
  it('are each reported, located, in one run', async () => {
    const file = { path: 'content/concepts/new-idea.mdx', text: scaffoldEntry('concept', 'new-idea', '2026-11-24', ids) };
    const corpus = await build(withFiles(refs, file));
    expect(corpus.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/concepts/new-idea.mdx:3:10  titleZh  "titleZh" is still the scaffold's placeholder  → hint: Write the Chinese name of the entry (e.g. titleZh: 抗原加工缺陷).",
        "content/concepts/new-idea.mdx:5:10  summary  "summary" is still the scaffold's placeholder  → hint: Write one paragraph for a clinician: what this is and why it matters for resistance in NSCLC.",
        "content/concepts/new-idea.mdx:10:15  evidenceNote  "evidenceNote" is still the scaffold's placeholder  → hint: Write which findings of this entry come from NSCLC and which are extrapolated, or remove the field.",
        "content/concepts/new-idea.mdx:16:1  body  The body still has the scaffold's placeholder sentence  → hint: Write the section in your own words, citing the sources that support it.",
      ]
    `);
    expect(corpus.entries.map((e) => e.id)).not.toContain('new-idea');
  });

  it.each(KINDS)('are the only problems of a scaffolded %s', async (kind) => {
    const path = `content/${KIND_INFO[kind].dir}/new-${kind}.mdx`;
    const corpus = await build(withFiles(refs, { path, text: scaffoldEntry(kind, `new-${kind}`, '2026-11-24', ids) }));
    const own = corpus.issues.filter((i) => i.file === path);
    // A new drug has no approval yet, so the check asks for its development status (issue 22): a prompt, not a placeholder.
    // A new trial is scaffolded as completed with no outcomes, so the check asks for its primary result or the reason
    // there is none (issue 22, item 3), located at `status`.
    const prompts = kind === 'drug' ? ['development'] : kind === 'trial' ? ['status'] : [];
    expect(own.map((i) => i.field).sort()).toEqual(['body', ...Object.keys(PLACEHOLDERS), ...prompts].sort());
    expect(own.filter((i) => !prompts.includes(i.field)).every((i) => i.message.includes("scaffold's placeholder"))).toBe(true);
  });

  it('an entry whose text only resembles a placeholder passes', async () => {
    const text = scaffoldEntry('concept', 'new-idea', '2026-11-24', ids)
      .replace(PLACEHOLDERS.titleZh.value, '新概念')
      .replace(PLACEHOLDERS.summary.value, `${PLACEHOLDERS.summary.value} It adds a sentence of its own.`)
      .replace(/^evidenceNote: .*\n/m, '')
      .replace('Explain the biology in your own words', 'Explain the biology in our own words');
    const corpus = await build(withFiles(refs, { path: 'content/concepts/new-idea.mdx', text }));
    expect(corpus.issues.map(formatIssue)).toEqual([]);
  });
});
