/** The fixture corpus as raw files: no compiler import, so tests that must not load the compiler can use it. */
import type { RawFile } from '@/lib/content/read-files';

export const REFS = `- id: ref-one
  type: journal
  authors: [{ family: Doe, given: J }, { family: Roe, given: R }]
  authorsComplete: true
  title: A study of resistance
  journal: Journal of Tests
  year: 2020
  doi: 10.1000/test.1
  pmid: 12345678
  evidenceContext: NSCLC
  supports: Everything in the fixtures.
- id: ref-two
  type: journal
  authors: [{ family: Poe, given: P }]
  authorsComplete: true
  title: Another study of resistance
  journal: Journal of Tests
  year: 2021
  pmid: 23456789
  evidenceContext: melanoma
  supports: The rest.
`;

const common = (title: string, zh: string) => `title: ${title}
titleZh: ${zh}
aliases: [alias ${title}]
summary: A summary of ${title} that is long enough to pass the minimum length rule of the schema.
references: [ref-one]
evidenceContext: nsclc
lastReviewed: 2026-11-24`;

/** A minimal valid corpus: one entry of most kinds, each citing a source, linking to another and linked from one. */
export function goodFiles(): RawFile[] {
  return [
    { path: 'content/references.yaml', text: REFS },
    {
      path: 'content/mechanisms/m-one.mdx',
      text: `---\n${common('Mechanism one', '机制一')}\norigin: intrinsic\ntiming: primary\narea: genomic-proteomic\nbiomarkers: [b-one]\nstrategies: [s-one]\ninvolves: [x-one]\n---\n\n## Mechanism\n\nIt works through [the biomarker](b-one) <Cite id="ref-one" />.\n\n## Evidence\n\nSee [strategy one](s-one#how-it-works) and <Term id="c-one">C1</Term>.\n`,
    },
    {
      path: 'content/strategies/s-one.mdx',
      text: `---\n${common('Strategy one', '策略一')}\ntargets: [m-one]\ntumourContext: NSCLC (phase 3)\ndrugs: [drugmab]\ntrials: [TRIAL-1]\n---\n\n## How it works\n\nIt answers [mechanism one](m-one) <Cite id="ref-two" />.\n`,
    },
    {
      path: 'content/biomarkers/b-one.mdx',
      text: `---\n${common('Biomarker one', '标志物一')}\nbiomarkerType: gene\ngenes: [GENE1]\n---\n\n## What it is\n\nA gene that signals [mechanism one](m-one) <Cite id="ref-one" />.\n`,
    },
    {
      path: 'content/cells-and-molecules/x-one.mdx',
      text: `---\n${common('Cell one', '细胞一')}\nentityType: cell\nrole: effector\n---\n\n## What it is\n\nA cell in [mechanism one](m-one) <Cite id="ref-one" />.\n`,
    },
    {
      path: 'content/concepts/c-one.mdx',
      text: `---\n${common('Concept one', '概念一')}\n---\n\n## Definition\n\nA concept used by [mechanism one](m-one) <Cite id="ref-one" />.\n`,
    },
    {
      path: 'content/topics/t-one.mdx',
      text: `---\n${common('Topic one', '专题一')}\narea: genomic-proteomic\nentries: [m-one, c-one]\n---\n\n## Overview\n\nAn overview of [mechanism one](m-one) <Cite id="ref-one" />.\n`,
    },
  ];
}

/**
 * A topic overview (linked from the home page, so itself no orphan) that lists `ids`: the entries a test adds are
 * then linked from another entry, as `check:content` asks of every entry.
 */
export function overviewOf(ids: readonly string[], id = 't-fixture'): RawFile {
  return {
    path: `content/topics/${id}.mdx`,
    text: `---\n${common('Fixture overview', '专题')}\nentries: [${ids.join(', ')}]\n---\n\n## Overview\n\nThe entries this test adds, beside [mechanism one](m-one) <Cite id="ref-one" />.\n`,
  };
}

/** The ids of the entries among `files` (content/<dir>/<id>.mdx). */
export function entryIds(files: readonly RawFile[]): string[] {
  return files.flatMap((f) => /^content\/[^/]+\/([^/]+)\.mdx$/.exec(f.path)?.[1] ?? []);
}

/** The good corpus with `files` added (a path already present is replaced). */
export function withFiles(...files: RawFile[]): RawFile[] {
  const out = goodFiles().filter((f) => !files.some((x) => x.path === f.path));
  return [...out, ...files];
}

/** Replaces `find` by `replace` in one file of the good corpus. */
export function editGood(path: string, find: string | RegExp, replace: string): RawFile {
  const f = goodFiles().find((x) => x.path === path);
  if (!f) throw new Error(`no fixture ${path}`);
  const text = f.text.replace(find, replace);
  if (text === f.text) throw new Error(`edit of ${path} changed nothing`);
  return { path, text };
}
