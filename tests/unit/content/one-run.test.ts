/** Every problem of every file arrives in one run: a frontmatter error does not hide body, link or relation problems. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { build, editGood, withFiles } from '../../helpers/make-corpus';

describe('one run reports everything', () => {
  it('checks links, anchors, citations and relations of a file whose frontmatter has another error', async () => {
    let f = editGood('content/mechanisms/m-one.mdx', 'origin: intrinsic', 'origin: inside');
    f = { ...f, text: f.text.replace('strategies: [s-one]', 'strategies: [s-onee]') };
    f = { ...f, text: f.text.replace('[the biomarker](b-one)', '[the biomarker](b-onne)').replace('<Cite id="ref-one" />', '<Cite id="ref-onee" />') };
    f = { ...f, text: f.text.replace('(s-one#how-it-works)', '(s-one#how-it-work)') };
    const corpus = await build(withFiles(f));
    expect(corpus.issues.filter((i) => i.file === f.path).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.mdx:9:9  origin  Expected one of "intrinsic" | "extrinsic", received "inside"  → hint: Use one of: intrinsic, extrinsic.",
        "content/mechanisms/m-one.mdx:13:14  strategies[0]  No entry has the id "s-onee"  → hint: Did you mean "s-one"?",
        "content/mechanisms/m-one.mdx:19:18  body  Link to "b-onne": no entry has this id  → hint: Did you mean "b-one"?",
        "content/mechanisms/m-one.mdx:19:42  body  Unknown citation "ref-onee"  → hint: Did you mean "ref-one"?",
        "content/mechanisms/m-one.mdx:23:5  body  Link to "s-one#how-it-work": that page has no heading with this anchor  → hint: Did you mean "#how-it-works"?",
      ]
    `);
  });
});
