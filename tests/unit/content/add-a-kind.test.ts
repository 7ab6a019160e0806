/**
 * Adding a kind touches what README's recipe says and nothing else. In a temporary copy of the repository, this
 * test adds one kind by hand, the way the recipe tells a contributor (a copy of the concept kind under a new name
 * with a field and a relation of its own, one registry line with its import, a folder with two entries), and one
 * with `npm run new -- kind`. Then the copy must pass what the recipe says to run: the typecheck, `check:content`,
 * and the unit tests that walk the kinds (the ones that used to list them by hand among them).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, type RepoCopy } from '../../helpers/repo-copy';

/** The unit tests that walk the registry, or once listed the kinds by hand. */
const KIND_TESTS = [
  'tests/content.test.ts',
  'tests/unit/content/bad-content.test.ts',
  'tests/unit/content/registry.test.ts',
  'tests/unit/content/kind-registry.test.ts',
  'tests/unit/content/scaffold.test.ts',
  'tests/unit/evidence/sections.test.ts',
  'tests/unit/discovery/export.test.ts',
  'tests/unit/layers.test.ts',
  'tests/unit/content/kind-docs.test.ts',
];

/** Step 1: the concept kind, copied under a new name, with one field and one relation of its own. */
function guidelineKind(concept: string): string {
  const text = concept
    .replace('/** Concepts: the definitions a reader needs. */', '/** Clinical guidelines: what a society recommends, and on which strategies. */')
    .replace("import { baseEntry, RELATED } from './base';", "import { baseEntry, idList, RELATED, text } from './base';")
    .replace(
      'export const conceptSchema = baseEntry.extend({});',
      [
        'export const guidelineSchema = baseEntry.extend({',
        '  /** The society or agency that issued the guideline. */',
        '  issuedBy: text(2, 80),',
        '  /** Strategy entries the guideline recommends on. */',
        '  covers: idList.default([]),',
        '});',
      ].join('\n'),
    )
    .replaceAll('conceptSchema', 'guidelineSchema')
    .replace('export const concept = defineKind', 'export const guideline = defineKind')
    .replace("name: 'concept'", "name: 'guideline'")
    .replace("dir: 'concepts'", "dir: 'guidelines'")
    .replace("label: 'Concept'", "label: 'Guideline'")
    .replace("plural: 'Concepts'", "plural: 'Guidelines'")
    .replace("labelZh: '概念'", "labelZh: '指南'")
    .replace(/blurb: '[^']*'/, "blurb: 'What societies recommend for patients whose cancer resists checkpoint inhibitors.'")
    .replace('  scaffold: {\n', "  scaffold: {\n    fields: { issuedBy: { value: 'Who issued it', hint: 'Write the society or agency that issued the guideline.' }, covers: '[]' },\n")
    .replace(
      'relations: { related: RELATED },',
      "relations: { related: RELATED, covers: { target: 'strategy', label: 'recommends on', inverse: 'recommended on by', labelZh: '推荐涉及', inverseZh: '被指南推荐', description: 'Strategies the guideline recommends on.' } },",
    );
  return text;
}

/** Step 3: an entry of the new kind that cites, links to the other and is linked from it. */
const entry = (title: string, other: string) => `---
title: ${title}
titleZh: 指南示例
summary: A clinical guideline that recommends on checkpoint-inhibitor treatment of advanced NSCLC, used here to add a kind.
references: [source-review]
evidenceContext: general
lastReviewed: 2026-12-01
issuedBy: A fictional society
covers: [pd-1-pd-l1-inhibitors]
---

## Recommendation

It recommends on [PD-1/PD-L1 inhibitors](pd-1-pd-l1-inhibitors) and agrees with [the other guideline](${other}) <Cite id="source-review" />.
`;

let repo: RepoCopy;
const timings: Record<string, number> = {};

beforeAll(() => {
  repo = copyRepo();
  repo.write('lib/content/kinds/guideline.ts', guidelineKind(repo.read('lib/content/kinds/concept.ts')));
  const registry = repo.read('lib/content/kinds/registry.ts');
  repo.write(
    'lib/content/kinds/registry.ts',
    registry.replace("import { trial } from './trial';", "import { trial } from './trial';\nimport { guideline } from './guideline';").replace('topic] as const;', 'topic, guideline] as const;'),
  );
  mkdirSync(join(repo.root, 'content/guidelines'));
  repo.write('content/guidelines/guideline-one.mdx', entry('Guideline one', 'guideline-two'));
  repo.write('content/guidelines/guideline-two.mdx', entry('Guideline two', 'guideline-one'));
}, 60_000);

afterAll(() => {
  repo?.remove();
  console.log(`add-a-kind timings (ms): ${JSON.stringify(timings)}`);
});

describe('adding a kind as the README says', () => {
  it('touched one kind file, one registry line (and its import), one folder', () => {
    expect(repo.changed()).toEqual(['content/guidelines/guideline-one.mdx', 'content/guidelines/guideline-two.mdx', 'lib/content/kinds/guideline.ts', 'lib/content/kinds/registry.ts']);
    expect(repo.read('lib/content/kinds/registry.ts')).toContain('topic, guideline] as const;');
  });

  it('`npm run new -- kind` writes, registers and creates a second kind', () => {
    const r = repo.run('npm', ['run', '--silent', 'new', '--', 'kind', 'assay', '检测']);
    timings.newKind = r.ms;
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('Created lib/content/kinds/assay.ts, registered it in lib/content/kinds/registry.ts and created content/assays/.');
    expect(repo.read('lib/content/kinds/registry.ts')).toContain("import { assay } from './assay';");
    expect(repo.read('lib/content/kinds/assay.ts')).toContain("labelZh: '检测'");
    // Asked again, it refuses with a reason instead of writing twice.
    const again = repo.run('npm', ['run', '--silent', 'new', '--', 'kind', 'assay', '检测']);
    expect(again.status).toBe(2);
    expect(again.output).toContain('A kind named "assay" already exists');
  }, 60_000);

  it('typechecks', () => {
    const r = repo.run('npx', ['tsc', '--noEmit']);
    timings.typecheck = r.ms;
    expect(r.output.trim(), r.output).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);

  it('passes check:content, with the new entries in the corpus', () => {
    const r = repo.run('npm', ['run', '--silent', 'check:content']);
    timings.checkContent = r.ms;
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/✓ \d+ content files checked, no problems found\./);
    // The lists of kinds in the docs are generated, not edited by hand.
    expect(r.output).toContain('Updated the list of kinds in README.md');
    expect(repo.read('README.md')).toContain('| `guideline` | `content/guidelines/` | Guidelines | 指南 |');
    expect(repo.read('AUTHORING.md')).toContain('| guideline | `issuedBy` | yes | The society or agency that issued the guideline. |');
    const corpus = JSON.parse(repo.read('.atlas/corpus.json')) as { corpus: { entries: { id: string; kind: string }[] } };
    expect(corpus.corpus.entries.filter((e) => e.kind === 'guideline').map((e) => e.id).sort()).toEqual(['guideline-one', 'guideline-two']);
  }, 180_000);

  it('passes the unit tests that walk the kinds', () => {
    const r = repo.run('npx', ['vitest', 'run', ...KIND_TESTS]);
    timings.unit = r.ms;
    expect(r.status, r.output.slice(-4000)).toBe(0);
    expect(r.output).toMatch(/Test Files\s+9 passed \(9\)/);
  }, 300_000);
});
