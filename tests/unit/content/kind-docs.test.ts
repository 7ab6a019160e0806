/**
 * README.md and AUTHORING.md list the kinds from one place: blocks generated from the registry and the kind files,
 * which `npm run check:content` rewrites when a kind changes. This fails when a block is stale or missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindBlocks, kindFields, withKindBlocks } from '@/lib/content/kind-docs';
import { KIND_DEFS, KIND_INFO, KINDS, type KindDef } from '@/lib/content/kinds';
import { readKindFiles } from '@/lib/content/load';

const blocks = kindBlocks(KIND_DEFS, readKindFiles(process.cwd()));

describe('the generated lists of kinds', () => {
  it.each([
    ['README.md', 'list'],
    ['AUTHORING.md', 'fields'],
  ])('%s has its "%s" block, up to date (npm run check:content rewrites it)', (doc, name) => {
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain(`<!-- kinds:${name} -->\n${blocks[name]}\n<!-- /kinds:${name} -->`);
    expect(withKindBlocks(text, blocks)).toBe(text);
  });

  it('names every kind and its folder', () => {
    for (const k of KINDS) expect(blocks.list).toContain(`| \`${k}\` | \`content/${KIND_INFO[k].dir}/\` |`);
  });

  it("documents a kind's own fields with their JSDoc, required or not, and an enumeration's values", () => {
    const fields = kindFields(KIND_DEFS as readonly KindDef[], readKindFiles(process.cwd()));
    expect(fields).toContain("| mechanism | `origin` | yes | Intrinsic (the tumour cell's own biology) or extrinsic (microenvironment, host immunity). One of: `intrinsic` · `extrinsic` |");
    expect(fields).toContain('|  | `strategies` | yes | → strategy ids. Strategy entries studied against this mechanism. At least one. |');
    expect(fields).toContain('| concept | | | only the shared fields |');
  });

  it('replaces only generated blocks, and leaves the rest of a document as it is', () => {
    const doc = 'Before\n<!-- kinds:list -->\nold\n<!-- /kinds:list -->\n<!-- kinds:other -->\nkept\n<!-- /kinds:other -->\nAfter';
    expect(withKindBlocks(doc, { list: 'new' })).toBe('Before\n<!-- kinds:list -->\nnew\n<!-- /kinds:list -->\n<!-- kinds:other -->\nkept\n<!-- /kinds:other -->\nAfter');
  });
});
