/** Walks every kind and every typed relation of the real registry. */
import { describe, expect, it } from 'vitest';
import { canonicalRelation, KIND_DEFS, KIND_INFO, KINDS, kindDef, kindFromDir, relation, RELATIONS } from '@/lib/content/kinds';

describe('the kind registry', () => {
  it('has unique kind names and folders, each found again by its folder', () => {
    expect(new Set(KINDS).size).toBe(KINDS.length);
    expect(new Set(KIND_DEFS.map((d) => d.meta.dir)).size).toBe(KINDS.length);
    for (const k of KINDS) expect(kindFromDir(KIND_INFO[k].dir)).toBe(k);
  });

  for (const r of RELATIONS) {
    describe(`relation ${r.key}`, () => {
      it('names a list field of its kind, with readings both ways', () => {
        const shape = kindDef(r.kind).schema.shape as Record<string, unknown>;
        expect(Object.keys(shape)).toContain(r.field);
        // The field must accept a list of ids (and reject a single string).
        const field = shape[r.field] as { safeParse(v: unknown): { success: boolean } };
        expect(field.safeParse(['some-id']).success).toBe(true);
        expect(field.safeParse('some-id').success).toBe(false);
        expect(r.label.trim()).not.toBe('');
        expect(r.inverse.trim()).not.toBe('');
        expect(r.description.trim()).not.toBe('');
      });

      it('targets a registered kind (or any kind)', () => {
        if (r.target !== null) expect(KINDS).toContain(r.target);
      });

      if (r.sameFactAs) {
        it('states the same fact as a relation that points back, with matching readings', () => {
          const other = RELATIONS.find((x) => x.key === r.sameFactAs);
          expect(other, `${r.key}.sameFactAs names no relation`).toBeDefined();
          expect(other!.sameFactAs).toBe(r.key);
          expect(other!.kind).toBe(r.target);
          expect(other!.target).toBe(r.kind);
          expect(other!.label).toBe(r.inverse);
          expect(other!.inverse).toBe(r.label);
          // Both declarations have one canonical form.
          expect(canonicalRelation(r.key).relation.key).toBe(canonicalRelation(other!.key).relation.key);
        });
      }
    });
  }

  it('reads mechanism.strategies and strategy.targets as one fact, canonically from the mechanism', () => {
    expect(canonicalRelation('strategy.targets')).toEqual({ relation: relation('mechanism.strategies'), flipped: true });
    expect(canonicalRelation('mechanism.strategies')).toEqual({ relation: relation('mechanism.strategies'), flipped: false });
  });

});
