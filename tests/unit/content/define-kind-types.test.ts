/**
 * Mistakes in a kind's relation table are type errors: `npm run typecheck` covers this file, and each
 * `@ts-expect-error` below fails the typecheck if the line after it stops being an error. At run time the same
 * declarations still build (defineKind does not check), which is why the compile-time check matters.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseEntry, idList, RELATED } from '@/lib/content/kinds/base';
import { defineKind } from '@/lib/content/kinds/define';

const schema = baseEntry.extend({
  /** A list of entry ids: the only kind of field a relation may name. */
  studies: idList.default([]),
  /** A number: no relation. */
  year: z.int().optional(),
  /** One id, not a list: no relation. */
  lead: z.string().optional(),
});

const meta = { name: 'type-probe', dir: 'type-probes', label: 'Probe', plural: 'Probes', labelZh: '探针', blurb: 'A kind that exists only in this test.', blurbZh: '仅存在于本测试中的类别。' } as const;
const rel = { target: null, label: 'studies', inverse: 'studied by', labelZh: '研究', inverseZh: '被研究', description: 'Studies.' } as const;
const rest = { classification: { shape: {}, of: () => ({}) }, scaffold: { sections: [] } } as const;

describe('a relation table checked against its schema', () => {
  it('accepts relations on list-of-ids fields', () => {
    const ok = defineKind({ meta, schema, relations: { related: RELATED, studies: rel }, ...rest });
    expect(Object.keys(ok.relations)).toEqual(['related', 'studies']);
  });

  it('rejects, at compile time, a relation on a number, on a single id, and on a field that does not exist', () => {
    const onNumber = defineKind({
      meta,
      schema,
      relations: {
        related: RELATED,
        // @ts-expect-error `year` is a number, not a list of ids
        year: rel,
      },
      ...rest,
    });
    const onText = defineKind({
      meta,
      schema,
      relations: {
        // @ts-expect-error `lead` is one string, not a list of ids
        lead: rel,
      },
      ...rest,
    });
    const onMissing = defineKind({
      meta,
      schema,
      relations: {
        // @ts-expect-error the schema has no field `studys`
        studys: rel,
      },
      ...rest,
    });
    // Nothing stops them at run time: the type errors above are the check.
    expect([onNumber, onText, onMissing].map((d) => Object.keys(d.relations))).toEqual([['related', 'year'], ['lead'], ['studys']]);
  });
});
