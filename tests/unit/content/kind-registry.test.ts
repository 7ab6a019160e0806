/**
 * Mistakes in a kind declaration that only the whole registry can show are `check:content` problems, located in
 * the kind's own file: a relation to a kind that does not exist, a relation on a field that holds no entry ids,
 * a `sameFactAs` that does not point back. Never a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindRegistryIssues, type SourceFile } from '@/lib/content/checks/kind-registry';
import { formatIssue } from '@/lib/content/issues';
import { KIND_DEFS, KINDS, type KindDef } from '@/lib/content/kinds';
import { mechanism } from '@/lib/content/kinds/mechanism';
import { build, goodFiles } from '../../helpers/make-corpus';

const DIR = 'lib/content/kinds';
const sources: SourceFile[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ path: `${DIR}/${f}`, text: readFileSync(`${DIR}/${f}`, 'utf8') }));

/** The registry with the mechanism kind replaced by `def`, and mechanism.ts's text edited the same way. */
function withMechanism(def: KindDef, edit: (text: string) => string): [KindDef[], SourceFile[]] {
  const defs = KIND_DEFS.map((d) => (d === mechanism ? def : d)) as KindDef[];
  return [defs, sources.map((s) => (s.path.endsWith('/mechanism.ts') ? { ...s, text: edit(s.text) } : s))];
}

const rel = mechanism.relations;

describe('the kind registry check', () => {
  it('finds nothing wrong with the real registry', () => {
    expect(kindRegistryIssues(KIND_DEFS as readonly KindDef[], sources).map(formatIssue)).toEqual([]);
  });

  it('a relation to a kind that does not exist: located at the target, naming the valid kinds', () => {
    const bad = { ...mechanism, relations: { ...rel, involves: { ...rel.involves, target: 'cell-or-molecules' } } } as unknown as KindDef;
    const [defs, files] = withMechanism(bad, (t) => t.replace("target: 'cell-or-molecule'", "target: 'cell-or-molecules'"));
    // Located at the relation's target line in the kind file, wherever the file puts it.
    const text = sources.find((f) => f.path.endsWith('/mechanism.ts'))!.text.split('\n');
    const line = text.findIndex((l) => l.includes("target: 'cell-or-molecule'")) + 1;
    const column = text[line - 1].indexOf('target') + 1;
    expect(kindRegistryIssues(defs, files).map(formatIssue)).toEqual([
      `lib/content/kinds/mechanism.ts:${line}:${column}  relations.involves.target  The relation "mechanism.involves" targets "cell-or-molecules", which is no kind  → hint: Did you mean "cell-or-molecule"? Use one of: ${KINDS.join(', ')} (or null for any kind).`,
    ]);
  });

  it('a relation on a list of text that is not ids (which tsc cannot tell from ids)', () => {
    const bad = { ...mechanism, relations: { ...rel, aliases: { target: null, label: 'a', inverse: 'b', description: 'c' } } } as unknown as KindDef;
    const [defs, files] = withMechanism(bad, (t) => t.replace('    related: RELATED,\n', "    related: RELATED,\n    aliases: { target: null, label: 'a', inverse: 'b', description: 'c' },\n"));
    expect(kindRegistryIssues(defs, files).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "lib/content/kinds/mechanism.ts:37:5  relations.aliases  The relation "mechanism.aliases" names "aliases", which does not hold a list of entry ids  → hint: Declare "aliases" in the schema as idList (lib/content/kinds/base-fields.ts), or remove the relation.",
      ]
    `);
  });

  it('a sameFactAs that names no relation, or one that does not point back', () => {
    const misspelt = { ...mechanism, relations: { ...rel, strategies: { ...rel.strategies, sameFactAs: 'strategy.target' } } } as unknown as KindDef;
    expect(kindRegistryIssues(...withMechanism(misspelt, (t) => t.replace("'strategy.targets'", "'strategy.target'"))).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "lib/content/kinds/mechanism.ts:51:7  relations.strategies.sameFactAs  sameFactAs names "strategy.target", which is no relation  → hint: Did you mean "strategy.targets"?",
        "lib/content/kinds/strategy.ts:109:7  relations.targets.sameFactAs  "strategy.targets" and "mechanism.strategies" do not read as one fact  → hint: Each must name the other in sameFactAs and target the other's kind, and each one's label must be the other's inverse.",
      ]
    `);
    const oneSided = { ...mechanism, relations: { ...rel, strategies: { ...rel.strategies, label: 'treated by' } } } as unknown as KindDef;
    expect(kindRegistryIssues(...withMechanism(oneSided, (t) => t.replace("label: 'targeted by'", "label: 'treated by'"))).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "lib/content/kinds/mechanism.ts:51:7  relations.strategies.sameFactAs  "mechanism.strategies" and "strategy.targets" do not read as one fact  → hint: Each must name the other in sameFactAs and target the other's kind, and each one's label must be the other's inverse.",
        "lib/content/kinds/strategy.ts:109:7  relations.targets.sameFactAs  "strategy.targets" and "mechanism.strategies" do not read as one fact  → hint: Each must name the other in sameFactAs and target the other's kind, and each one's label must be the other's inverse.",
      ]
    `);
  });

  it('a required field the scaffold does not write: a new entry would start with a schema error', () => {
    const fields = Object.fromEntries(Object.entries(mechanism.scaffold.fields ?? {}).filter(([field]) => field !== 'origin'));
    const bad = { ...mechanism, scaffold: { ...mechanism.scaffold, fields } } as unknown as KindDef;
    const [defs, files] = withMechanism(bad, (t) => t);
    expect(kindRegistryIssues(defs, files).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "lib/content/kinds/mechanism.ts:90:3  scaffold.fields.origin  A new mechanism would miss "origin", which the schema requires  → hint: Add "origin" to scaffold.fields: a placeholder ({ value, hint }) the author must replace, or choose(...) for a list of options.",
      ]
    `);
  });

  it('a kind file that cannot be found still gives a located problem, in the registry', () => {
    const registry = sources.find((s) => s.path.endsWith('/registry.ts'))!.text;
    const before = registry.slice(0, registry.indexOf('KIND_DEFS ='));
    const listAt = `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    const bad = { ...mechanism, meta: { ...mechanism.meta, name: 'nowhere' }, relations: { related: rel.related, x: { target: 'nothing', label: 'a', inverse: 'b', description: 'c' } } } as unknown as KindDef;
    expect(kindRegistryIssues([...(KIND_DEFS as readonly KindDef[]), bad], sources).map(formatIssue)).toEqual([
      `lib/content/kinds/registry.ts:${listAt}  dir  The kinds "mechanism" and "nowhere" share the folder content/mechanisms/  → hint: Give each kind its own folder.`,
      `lib/content/kinds/registry.ts:${listAt}  relations.x.target  The relation "nowhere.x" targets "nothing", which is no kind  → hint: Use one of: ${[...KINDS, 'nowhere'].join(', ')} (or null for any kind).`,
      `lib/content/kinds/registry.ts:${listAt}  relations.x  The relation "nowhere.x" names "x", which is not a field of its schema  → hint: Declare "x" in the schema as idList (lib/content/kinds/base-fields.ts), or remove the relation.`,
    ]);
  });

  it('the content passes do not crash on a relation to a kind that does not exist', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    vi.doMock('@/lib/content/kinds/registry', async (importOriginal) => {
      const original = await importOriginal<typeof import('@/lib/content/kinds/registry')>();
      const m = original.KIND_DEFS[0];
      const broken = { ...m, relations: { ...m.relations, strategies: { ...m.relations.strategies, target: 'strategie' } } };
      return { KIND_DEFS: [broken, ...original.KIND_DEFS.slice(1)] };
    });
    const { buildCorpus } = await import('@/lib/content/build-corpus');
    const { cachedCompile } = await import('../../helpers/make-corpus');
    const corpus = await buildCorpus(goodFiles(), cachedCompile);
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    vi.doUnmock('@/lib/content/kinds/registry');
    vi.resetModules();
    expect((await build(goodFiles())).issues).toEqual([]);
  });
});
