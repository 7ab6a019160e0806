/**
 * `npm run new -- kind <name> <中文名>`: the kind file it writes (a copy of the minimal kind under the new names),
 * the registry edit, and the reasons it refuses a name. The copy is typechecked and registered for real in
 * tests/unit/content/add-a-kind.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifierOf, kindFileText, MINIMAL_KIND_FILE, newKindProblem, registerKind } from '@/lib/content/new-kind';

const taken = { names: ['mechanism', 'concept'], dirs: ['mechanisms', 'concepts'], routes: ['map', 'search', '[kind]'], reserved: ['kind'] };

describe('a new kind file', () => {
  const text = kindFileText(readFileSync(MINIMAL_KIND_FILE, 'utf8'), { name: 'biomarker-assay', dir: 'biomarker-assays', labelZh: '检测方法' });

  it('is the minimal kind under the new names, with a one-line header', () => {
    expect(text.split('\n')[0]).toBe('/** Biomarker assays (added with npm run new -- kind biomarker-assay). */');
    expect(text).toContain('export const biomarkerAssaySchema = baseEntry.extend({});');
    expect(text).toContain('export const biomarkerAssay = defineKind({');
    expect(text).toContain("name: 'biomarker-assay',");
    expect(text).toContain("dir: 'biomarker-assays',");
    expect(text).toContain("label: 'Biomarker assay',");
    expect(text).toContain("plural: 'Biomarker assays',");
    expect(text).toContain("labelZh: '检测方法',");
    expect(text).toContain("prompt: 'Describe the biomarker assay in your own words, with citations.'");
    expect(text).not.toMatch(/minimal|Minimal|最小种类/);
  });

  it('names its constant in camelCase', () => {
    expect(identifierOf('cell-or-molecule')).toBe('cellOrMolecule');
    expect(identifierOf('guideline')).toBe('guideline');
  });
});

describe('registering it', () => {
  const registry = "/** The kinds. */\nimport { concept } from './concept';\nimport { mechanism } from './mechanism';\n\nexport const KIND_DEFS = [mechanism, concept] as const;\n";

  it('adds the import after the last one and the kind at the end of KIND_DEFS', () => {
    expect(registerKind(registry, 'biomarker-assay')).toEqual({
      text: "/** The kinds. */\nimport { concept } from './concept';\nimport { mechanism } from './mechanism';\nimport { biomarkerAssay } from './biomarker-assay';\n\nexport const KIND_DEFS = [mechanism, concept, biomarkerAssay] as const;\n",
    });
  });

  it('says why when the registry is not in the form it edits', () => {
    expect(registerKind('export const KIND_DEFS: KindDef[] = [];\n', 'guideline')).toEqual({
      problem: 'lib/content/kinds/registry.ts has no "export const KIND_DEFS = [...] as const;" line after its imports',
    });
  });
});

describe('names it refuses', () => {
  it.each([
    [{ name: 'Guideline', dir: 'guidelines', labelZh: '指南' }, 'The name "Guideline" is not kebab-case. Try: guideline'],
    [{ name: 'guideline', dir: 'Guide Lines', labelZh: '指南' }, 'The folder "Guide Lines" is not kebab-case. Try: guide-lines'],
    [{ name: 'kind', dir: 'kinds', labelZh: '种类' }, '"kind" is a subcommand of npm run new; choose another name.'],
    [{ name: 'concept', dir: 'concepts-2', labelZh: '概念' }, 'A kind named "concept" already exists (kinds: mechanism, concept).'],
    [{ name: 'idea', dir: 'concepts', labelZh: '想法' }, 'The folder content/concepts/ already belongs to a kind.'],
    [{ name: 'map', dir: 'map', labelZh: '地图' }, '"/map" is already a page of the site (app/map); pass another folder with --dir.'],
    [{ name: 'guideline', dir: 'guidelines', labelZh: 'guide' }, 'The Chinese label "guide" has no Chinese characters (e.g. 指南).'],
  ])('%o', (k, problem) => {
    expect(newKindProblem(k, taken)).toBe(problem);
  });

  it('accepts a new name, folder and Chinese label', () => {
    expect(newKindProblem({ name: 'guideline', dir: 'guidelines', labelZh: '指南' }, taken)).toBeNull();
  });
});
