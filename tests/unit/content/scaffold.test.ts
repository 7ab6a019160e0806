/**
 * The scaffold's placeholder text is an error: a freshly scaffolded entry reports every placeholder it still
 * has, located, in one run, for every kind.
 */
import { describe, expect, it } from 'vitest';
import { LINKED_FROM_HOME } from '@/lib/content/checks/reachability';
import { formatIssue } from '@/lib/content/issues';
import { KIND_INFO, KINDS, kindDef } from '@/lib/content/kinds';
import { PLACEHOLDERS, scaffoldEntry } from '@/lib/content/scaffold';
import { build, overviewOf, REFS, withFiles } from '../../helpers/make-corpus';

/** The fixture bibliography plus the key the scaffold cites, so only placeholder problems remain. */
const refs = {
  path: 'content/references.yaml',
  text: `${REFS}- id: source-review\n  type: journal\n  authors: [{ family: Doe, given: J }]\n  authorsComplete: true\n  title: The source review\n  journal: Journal of Tests\n  year: 2022\n  pmid: 34567890\n  evidenceContext: NSCLC\n  supports: The scaffold's citation.\n`,
};

describe('scaffold placeholders', () => {
  it('are each reported, located, in one run', async () => {
    const file = { path: 'content/concepts/new-idea.mdx', text: scaffoldEntry('concept', 'new-idea', '2026-11-24') };
    const corpus = await build(withFiles(refs, file));
    expect(corpus.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/concepts/new-idea.mdx:1:1  file  Nothing links to "new-idea"  → hint: Link to it from the text of a related entry ([…](new-idea)), or list it in a related entry's relations (e.g. related: [new-idea]).",
        "content/concepts/new-idea.mdx:3:10  titleZh  "titleZh" is still the scaffold's placeholder  → hint: Write the Chinese name of the entry (e.g. titleZh: 抗原加工缺陷).",
        "content/concepts/new-idea.mdx:5:10  summary  "summary" is still the scaffold's placeholder  → hint: Write one paragraph for a clinician: what this is and why it matters for resistance in NSCLC.",
        "content/concepts/new-idea.mdx:8:18  evidenceContext  "evidenceContext" is still the scaffold's placeholder  → hint: Choose where the evidence comes from: one of nsclc, mixed, other-cancers, preclinical, general.",
        "content/concepts/new-idea.mdx:9:15  evidenceNote  "evidenceNote" is still the scaffold's placeholder  → hint: Write which findings of this entry come from NSCLC and which are extrapolated, or remove the field.",
        "content/concepts/new-idea.mdx:13:1  body  The text cites no source  → hint: Cite the source of each claim where it is made: <Cite id="key" /> with a key from content/references.yaml.",
        "content/concepts/new-idea.mdx:13:1  body  The text links to no other entry  → hint: Link the entries it mentions where it mentions them: [PD-L1](pd-l1) or <Term id="pd-l1">PD-L1</Term>.",
        "content/concepts/new-idea.mdx:15:1  body  The "Definition" section still has the scaffold's prompt  → hint: Write the section in your own words, citing the sources that support it with <Cite id="…" />.",
        "content/concepts/new-idea.mdx:19:1  body  The "Why it matters" section still has the scaffold's prompt  → hint: Write the section in your own words, citing the sources that support it with <Cite id="…" />.",
      ]
    `);
    expect(corpus.entries.map((e) => e.id)).not.toContain('new-idea');
  });

  it.each(KINDS)('are the only problems of a scaffolded %s', async (kind) => {
    const path = `content/${KIND_INFO[kind].dir}/new-${kind}.mdx`;
    const corpus = await build(withFiles(refs, { path, text: scaffoldEntry(kind, `new-${kind}`, '2026-11-24') }));
    const own = corpus.issues.filter((i) => i.file === path);
    const { fields = {}, inside = [], sections } = kindDef(kind).scaffold;
    const kindFields = Object.entries(fields).flatMap(([field, v]) => (typeof v === 'string' ? [] : [v.list ? `${field}[0]` : field]));
    const fieldIssues = own.filter((i) => i.field !== 'body' && i.message.includes("scaffold's"));
    // Every shared and every kind-specific placeholder is reported (values written inside a block, once per use).
    expect(new Set(fieldIssues.map((i) => i.field.replace(/\[\d+\]\..*$/, '')))).toEqual(new Set([...Object.keys(PLACEHOLDERS), ...kindFields, ...(inside.length ? Object.keys(fields).filter((f) => typeof fields[f] === 'string' && fields[f].includes(inside[0].value)) : [])]));
    // One body issue per section prompt, each naming its section.
    expect(own.filter((i) => i.field === 'body' && i.message.includes("scaffold's")).map((i) => i.message)).toEqual(sections.map((s) => `The "${s.heading}" section still has the scaffold's prompt`));
    // Nothing else but what every new entry is told until it joins the atlas; a placeholder that also fails the
    // schema is reported once, as a placeholder.
    const rest = own.filter((i) => !i.message.includes("scaffold's")).map((i) => i.message);
    const orphan = LINKED_FROM_HOME.includes(kind) ? [] : [`Nothing links to "new-${kind}"`];
    expect(rest).toEqual([...orphan, 'The text cites no source', 'The text links to no other entry']);
  });

  it('reports a placeholder left in another field, with its own hint', async () => {
    const text = scaffoldEntry('concept', 'new-idea', '2026-11-24').replace(/^aliases: \[\]$/m, `aliases: ["${PLACEHOLDERS.titleZh.value}"]`);
    const corpus = await build(withFiles(refs, { path: 'content/concepts/new-idea.mdx', text }));
    expect(corpus.issues.filter((i) => i.field === 'aliases[0]').map(formatIssue)).toEqual([
      `content/concepts/new-idea.mdx:4:11  aliases[0]  "aliases[0]" is still the scaffold's placeholder  → hint: ${PLACEHOLDERS.titleZh.hint}`,
    ]);
  });

  it('an entry whose text only resembles a placeholder passes', async () => {
    const text = scaffoldEntry('concept', 'new-idea', '2026-11-24')
      .replace(PLACEHOLDERS.titleZh.value, '新概念')
      .replace(PLACEHOLDERS.summary.value, `${PLACEHOLDERS.summary.value} It adds a sentence of its own.`)
      .replace(PLACEHOLDERS.evidenceContext.value, 'nsclc')
      .replace(/^evidenceNote: .*\n/m, '')
      .replace('Define the concept in plain words, with citations.', 'Define the concept in plain words, with citations <Cite id="source-review" />.')
      .replace('Say why a reader of this atlas needs it.', 'Say why a reader of this atlas needs it, as [m-one](m-one) shows.');
    const corpus = await build(withFiles(refs, { path: 'content/concepts/new-idea.mdx', text }, overviewOf(['new-idea'])));
    expect(corpus.issues.map(formatIssue)).toEqual([]);
  });
});
