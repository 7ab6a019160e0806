/**
 * One failure per case: each bad input yields exactly one located issue, in the file at fault, with a message
 * and hint whose wording is locked by snapshot. Nothing is silently dropped.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import type { RawFile } from '@/lib/content/read-files';
import { build, editGood, goodFiles, withFiles, REFS } from '../../helpers/make-corpus';

const M = 'content/mechanisms/m-one.mdx';
const S = 'content/strategies/s-one.mdx';
const B = 'content/biomarkers/b-one.mdx';

async function onlyIssue(files: RawFile[]): Promise<string> {
  const corpus = await build(files);
  expect(corpus.issues, corpus.issues.map(formatIssue).join('\n')).toHaveLength(1);
  return formatIssue(corpus.issues[0]);
}

describe('the good fixture corpus', () => {
  it('has no issues and one page per file', async () => {
    const corpus = await build(goodFiles());
    expect(corpus.issues).toEqual([]);
    expect(corpus.entries.map((e) => e.id).sort()).toEqual(['b-one', 'c-one', 'm-one', 's-one', 't-one', 'x-one']);
    expect(corpus.fileCount).toBe(corpus.entries.length);
  });
});

describe('frontmatter problems', () => {
  it('missing required field', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^title: .*\n/m, '')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:2:1  title  Missing required field "title" (expected text)  → hint: Add "title: …" to the frontmatter."`);
  });
  it('empty required field', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^summary: .*$/m, 'summary: ""')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:5:10  summary  "summary" is empty  → hint: Write the text, or remove the field if it is optional."`);
  });
  it('too-long field', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^title: .*$/m, `title: ${'Long '.repeat(30)}`)))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:2:8  title  Too long: expected at most 120 characters, received 149  → hint: Shorten it; put detail in the body."`);
  });
  it('wrong type', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^aliases: .*$/m, 'aliases: 42')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:4:10  aliases  Expected a list, received number 42  → hint: Write a YAML list: aliases: [a, b]"`);
  });
  it('missing enum field, worded like any missing field', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^timing: primary\n/m, '')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:2:1  timing  Missing required field "timing" (expected one of "primary" | "acquired" | "both")  → hint: Add "timing: …" to the frontmatter, with one of: primary, acquired, both."`);
  });
  it('a number written as text, with the unquoted form as hint', async () => {
    expect(await onlyIssue(withFiles({ path: 'content/references.yaml', text: REFS.replace('year: 2020', "year: '2018'") }))).toMatchInlineSnapshot(`"content/references.yaml:7:9  year  Expected a number, received "2018"  → hint: Write the number without quotes: year: 2018"`);
  });
  it('unknown key, with a did-you-mean hint', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^timing: primary$/m, 'timing: primary\ntimming: acquired')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:11:1  timming  Unknown field "timming"  → hint: Did you mean "timing"?"`);
  });
  it('bad enum value', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^timing: primary$/m, 'timing: early')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:10:9  timing  Expected one of "primary" | "acquired" | "both", received "early"  → hint: Use one of: primary, acquired, both."`);
  });
  it('bad date', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^lastReviewed: .*$/m, 'lastReviewed: 2026-13-40')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:8:15  lastReviewed  Expected an ISO date YYYY-MM-DD, received "2026-13-40"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24."`);
  });
  it('YAML syntax error', async () => {
    expect(await onlyIssue(withFiles(editGood(M, /^aliases: .*$/m, 'aliases: [unclosed')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:5:1  frontmatter  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]  → hint: Check indentation, colons and quoting; quote values that contain ": " or start with a special character."`);
  });
  it('empty file', async () => {
    expect(await onlyIssue(withFiles({ path: 'content/concepts/empty.mdx', text: '' }))).toMatchInlineSnapshot(`"content/concepts/empty.mdx:1:1  file  The file is empty  → hint: Run \`npm run new -- <kind> <id>\` to scaffold a valid entry."`);
  });
  it('file without frontmatter', async () => {
    expect(await onlyIssue(withFiles({ path: 'content/concepts/no-fm.mdx', text: '## Hello\n\nText.\n' }))).toMatchInlineSnapshot(`"content/concepts/no-fm.mdx:1:1  frontmatter  The file does not start with a frontmatter block  → hint: Begin the file with a line "---", the YAML fields, then another "---"."`);
  });
});

describe('an entry outside the web of the atlas', () => {
  const C = 'content/concepts/c-one.mdx';
  it('nothing links to it', async () => {
    const c = goodFiles().find((f) => f.path === C)!;
    expect(await onlyIssue(withFiles({ path: 'content/concepts/c-two.mdx', text: c.text }))).toMatchInlineSnapshot(`"content/concepts/c-two.mdx:1:1  file  Nothing links to "c-two"  → hint: Link to it from the text of a related entry ([…](c-two)), or list it in a related entry's relations (e.g. related: [c-two])."`);
  });
  it('its text cites no source', async () => {
    expect(await onlyIssue(withFiles(editGood(C, ' <Cite id="ref-one" />', '')))).toMatchInlineSnapshot(`"content/concepts/c-one.mdx:11:1  body  The text cites no source  → hint: Cite the source of each claim where it is made: <Cite id="key" /> with a key from content/references.yaml."`);
  });
  it('its text links to no other entry', async () => {
    expect(await onlyIssue(withFiles(editGood(C, '[mechanism one](m-one)', 'mechanism one')))).toMatchInlineSnapshot(`"content/concepts/c-one.mdx:11:1  body  The text links to no other entry  → hint: Link the entries it mentions where it mentions them: [PD-L1](pd-l1) or <Term id="pd-l1">PD-L1</Term>."`);
  });
});

describe('file and id problems', () => {
  it('id with spaces and capitals', async () => {
    const f = goodFiles().find((x) => x.path === 'content/concepts/c-one.mdx')!;
    expect(await onlyIssue([...goodFiles(), { path: 'content/concepts/Bad Name.mdx', text: f.text }])).toMatchInlineSnapshot(`"content/concepts/Bad Name.mdx:1:1  id  The filename "Bad Name" is not a valid id (ASCII kebab-case, at most 80 characters)  → hint: Rename the file to bad-name.mdx."`);
  });
  it('duplicate id across kinds', async () => {
    const f = goodFiles().find((x) => x.path === 'content/concepts/c-one.mdx')!;
    expect(await onlyIssue([...goodFiles(), { path: 'content/concepts/m-one.mdx', text: f.text }])).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:1:1  id  Duplicate id "m-one": content/concepts/m-one.mdx already uses it  → hint: Ids must be unique across all kinds: rename one of the files."`);
  });
  it('file in a folder that is no kind', async () => {
    // The folders are the registry's, in its order.
    const dirs = KINDS.map((k) => KIND_INFO[k].dir).join(', ');
    expect(await onlyIssue(withFiles({ path: 'content/drafts/idea.mdx', text: '---\ntitle: x\n---\n' }))).toBe(
      `content/drafts/idea.mdx:1:1  file  This file is in "drafts/", which is no kind  → hint: Move it into one of: ${dirs} (one level deep).`,
    );
  });
  it('non-mdx file in a kind folder', async () => {
    expect(await onlyIssue(withFiles({ path: 'content/concepts/notes.md', text: 'hi' }))).toMatchInlineSnapshot(`"content/concepts/notes.md:1:1  file  Only .mdx files may be entries  → hint: Rename it to notes.mdx, or remove it."`);
  });
});

describe('relation problems', () => {
  it('relation to a missing entry, with a did-you-mean hint', async () => {
    expect(await onlyIssue(withFiles(editGood(M, 'strategies: [s-one]', 'strategies: [s-onr]')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:13:14  strategies[0]  No entry has the id "s-onr"  → hint: Did you mean "s-one"?"`);
  });
  it('relation to an entry of the wrong kind', async () => {
    expect(await onlyIssue(withFiles(editGood(M, 'biomarkers: [b-one]', 'biomarkers: [x-one]')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:12:14  biomarkers[0]  "x-one" is a cell or molecule, but biomarkers must list biomarkers and genes  → hint: Move "x-one" to the right field (e.g. related), or remove it."`);
  });
  it('unknown reference key in frontmatter', async () => {
    expect(await onlyIssue(withFiles(editGood(S, 'references: [ref-one]', 'references: [ref-ome]')))).toMatchInlineSnapshot(`"content/strategies/s-one.mdx:6:14  references[0]  Unknown reference key "ref-ome"  → hint: Did you mean "ref-one"?"`);
  });
  describe('a long citation key with one letter wrong', () => {
    const LONG = 'sharma-2017-primary-adaptive-acquired';
    /** The good corpus with ref-one renamed to a long key, then `typo` written in place of it at `where`. */
    const withTypo = (where: 'frontmatter' | 'body', typo: string) =>
      goodFiles().map((f) => {
        let text = f.text.replaceAll('ref-one', LONG);
        if (f.path === M) text = where === 'body' ? text.replace(`<Cite id="${LONG}" />`, `<Cite id="${typo}" />`) : text.replace(`references: [${LONG}]`, `references: [${typo}]`);
        return { path: f.path, text };
      });
    it('in a body citation', async () => {
      expect(await onlyIssue(withTypo('body', 'sharma-2017-primary-adaptive-acquirex'))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:19:41  body  Unknown citation "sharma-2017-primary-adaptive-acquirex"  → hint: Did you mean "sharma-2017-primary-adaptive-acquired"?"`);
    });
    it('in frontmatter references', async () => {
      expect(await onlyIssue(withTypo('frontmatter', 'sharma-2017-primary-adaptive-acquirex'))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:6:14  references[0]  Unknown reference key "sharma-2017-primary-adaptive-acquirex"  → hint: Did you mean "sharma-2017-primary-adaptive-acquired"?"`);
    });
    it('in frontmatter references, where the slip breaks kebab-case (stopped by the schema, before the key check)', async () => {
      expect(await onlyIssue(withTypo('frontmatter', 'sharma-2017-primary-adaptive-acquireD'))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:6:14  references[0]  Expected an entry id in kebab-case (lowercase letters, digits, hyphens), received "sharma-2017-primary-adaptive-acquireD"  → hint: Did you mean "sharma-2017-primary-adaptive-acquired"? Use lowercase letters, digits and hyphens only."`);
      expect(await onlyIssue(withTypo('frontmatter', 'sharma_2017-primary-adaptive-acquired'))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:6:14  references[0]  Expected an entry id in kebab-case (lowercase letters, digits, hyphens), received "sharma_2017-primary-adaptive-acquired"  → hint: Did you mean "sharma-2017-primary-adaptive-acquired"? Use lowercase letters, digits and hyphens only."`);
    });
  });
  it('an explorer finding linked to a missing mechanism, with a did-you-mean hint', async () => {
    expect(await onlyIssue(withFiles(editGood(B, 'genes: [GENE1]', `genes: [GENE1]\nfindings:\n  - id: f-one\n    label: Finding one\n    labelZh: 发现一\n    mechanisms: [m-onr]`)))).toMatchInlineSnapshot(`"content/biomarkers/b-one.mdx:15:18  findings[0].mechanisms[0]  No entry has the id "m-onr"  → hint: Did you mean "m-one"?"`);
  });
  it('an explorer finding linked to an entry that is no mechanism', async () => {
    expect(await onlyIssue(withFiles(editGood(B, 'genes: [GENE1]', `genes: [GENE1]\nfindings:\n  - id: f-one\n    label: Finding one\n    labelZh: 发现一\n    mechanisms: [m-one, s-one]`)))).toMatchInlineSnapshot(`"content/biomarkers/b-one.mdx:15:25  findings[0].mechanisms[1]  "s-one" is a strategy, but a finding's mechanisms must list mechanisms  → hint: Link the finding to the mechanism entry that describes it, or remove the id."`);
  });
  it('an explorer finding linked to a mechanism that does not list its biomarker', async () => {
    const mechanism = editGood(M, 'biomarkers: [b-one]', 'biomarkers: []');
    expect(await onlyIssue(withFiles(mechanism, editGood(B, 'genes: [GENE1]', `genes: [GENE1]\nfindings:\n  - id: f-one\n    label: Finding one\n    labelZh: 发现一\n    mechanisms: [m-one]`)))).toMatchInlineSnapshot(`"content/biomarkers/b-one.mdx:15:18  findings[0].mechanisms[0]  The mechanism "m-one" does not list "b-one" in its biomarkers  → hint: Add b-one to the biomarkers of content/mechanisms/m-one.mdx if that entry supports the link; otherwise remove the id."`);
  });
  it('two explorer findings with the same id', async () => {
    const finding = (label: string) => `\n  - id: f-one\n    label: ${label}\n    labelZh: 发现一\n    mechanisms: [m-one]`;
    expect(await onlyIssue(withFiles(editGood(B, 'genes: [GENE1]', `genes: [GENE1]\nfindings:${finding('Finding one')}${finding('Finding two')}`)))).toMatchInlineSnapshot(`"content/biomarkers/b-one.mdx:16:9  findings[1].id  Duplicate finding id "f-one": content/biomarkers/b-one.mdx already uses it  → hint: Finding ids must be unique across all biomarkers: rename one of them."`);
  });
  it('an explorer finding linked to no mechanism and without a note', async () => {
    expect(await onlyIssue(withFiles(editGood(B, 'genes: [GENE1]', `genes: [GENE1]\nfindings:\n  - id: f-one\n    label: Finding one\n    labelZh: 发现一`)))).toMatchInlineSnapshot(`"content/biomarkers/b-one.mdx:12:5  findings[0].note  A finding linked to no mechanism needs a note saying what it signals"`);
  });
  it('a topic with an area that misses a mechanism of the area', async () => {
    expect(await onlyIssue(withFiles(editGood('content/topics/t-one.mdx', 'entries: [m-one, c-one]', 'entries: [c-one]')))).toMatchInlineSnapshot(`"content/topics/t-one.mdx:10:1  entries  The overview of "Genomic and proteomic features" does not list "m-one"  → hint: Add m-one to entries (every mechanism of the area belongs in its overview)."`);
  });
});

describe('body problems', () => {
  it('link to a missing entry', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '[the biomarker](b-one)', '[the biomarker](b-two)')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:19:18  body  Link to "b-two": no entry has this id  → hint: Link by the target file name without .mdx, e.g. [text](stk11-lkb1-loss)."`);
  });
  it('link to a missing anchor', async () => {
    expect(await onlyIssue(withFiles(editGood(M, 's-one#how-it-works', 's-one#how-it-work')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:5  body  Link to "s-one#how-it-work": that page has no heading with this anchor  → hint: Did you mean "#how-it-works"?"`);
  });
  it('same-page link to a missing anchor', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\nSee [above](#mechanisms).\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:5  body  Link to "#mechanisms": this page has no heading with this anchor  → hint: Did you mean "#mechanism"?"`);
  });
  it('unknown citation', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '<Cite id="ref-one" />', '<Cite id="ref-three" />')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:19:41  body  Unknown citation "ref-three"  → hint: Add it to content/references.yaml with its DOI or PMID first."`);
  });
  it('unknown component, with a did-you-mean hint', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n<Calout type="note">x</Calout>\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  Unknown component <Calout>  → hint: Did you mean <Callout>?"`);
  });
  it('MDX syntax error', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n<Callout type="note">\n\nnever closed\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  MDX syntax error: Expected a closing tag for \`<Callout>\`  → hint: Close every component: <Callout …>…</Callout> or <Cite id="…" />."`);
  });
  it('raw <script>', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n<script>alert(1)</script>\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  Raw HTML <script> is not allowed in MDX  → hint: Entries cannot embed code or styles; remove the tag."`);
  });
  it('event-handler attribute', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n<Callout type="note" onClick="alert(1)">x</Callout>\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  Event-handler attribute "onClick" is not allowed on <Callout>  → hint: Entries cannot run code; remove the attribute."`);
  });
  it('javascript: URL', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n[click](javascript:alert(1))\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  Unsafe link URL "javascript:alert(1)"  → hint: Link to an entry id (e.g. [text](stk11-lkb1-loss)) or an https:// address."`);
  });
  it('import statement', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Mechanism\n', "import x from 'fs'\n\n## Mechanism\n")))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:17:1  body  import/export statements are not allowed in entries  → hint: Delete the line: components are provided by the site, and entries cannot run code."`);
  });
  it('JavaScript expression', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '## Evidence\n\n{process.exit(1)}\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:23:1  body  JavaScript expressions {…} are not allowed in entries  → hint: Write plain text; for a comment use {/* … */}. To show braces, escape them as \\{ \\}."`);
  });
  it('a level-1 heading in the body', async () => {
    expect(await onlyIssue(withFiles(editGood(M, '## Evidence\n', '# Evidence\n')))).toMatchInlineSnapshot(`"content/mechanisms/m-one.mdx:21:1  body  Level-1 headings are not allowed in the body  → hint: The title is the page heading: start sections at "## "."`);
  });
});

describe('bibliography problems', () => {
  const refs = (text: string): RawFile => ({ path: 'content/references.yaml', text });
  it('malformed DOI', async () => {
    expect(await onlyIssue(withFiles(refs(REFS.replace('doi: 10.1000/test.1', 'doi: https://doi.org/10.1000/test.1'))))).toMatchInlineSnapshot(`"content/references.yaml:8:8  doi  Expected a DOI like 10.1016/j.cell.2017.01.017 (no https://doi.org/ prefix), received "https://doi.org/10.1000/test.1""`);
  });
  it('malformed PMID', async () => {
    expect(await onlyIssue(withFiles(refs(REFS.replace('pmid: 23456789', 'pmid: PMID23456789'))))).toMatchInlineSnapshot(`"content/references.yaml:19:9  pmid  Expected a PubMed id: digits only, e.g. 28187290, received "PMID23456789""`);
  });
  it('a reference with neither DOI nor PMID', async () => {
    expect(await onlyIssue(withFiles(refs(REFS.replace('  pmid: 23456789\n', ''))))).toMatchInlineSnapshot(`"content/references.yaml:12:3  doi  A journal source needs a DOI or a PMID (or both)  → hint: Add the DOI and/or PMID seen beside the title; cite a registry, regulatory or conference source with its own type."`);
  });
  it('duplicate reference key', async () => {
    expect(await onlyIssue(withFiles(refs(REFS + REFS.split('- id: ref-two')[0])))).toMatchInlineSnapshot(`"content/references.yaml:22:7  [2].id  Duplicate reference key "ref-one" (first defined on line 1)  → hint: Give each reference a unique key, or delete the duplicate."`);
  });
});

describe('reporting', () => {
  it('reports every problem of a corpus in one run', async () => {
    const corpus = await build(
      withFiles(editGood(M, /^timing: primary$/m, 'timing: early'), editGood(S, 'references: [ref-one]', 'references: [nope]'), { path: 'content/concepts/empty.mdx', text: '' }),
    );
    expect(corpus.issues.map((i) => `${i.file}:${i.line} ${i.field}`)).toEqual([
      'content/concepts/empty.mdx:1 file',
      'content/mechanisms/m-one.mdx:10 timing',
      'content/strategies/s-one.mdx:6 references[0]',
    ]);
  });
});
