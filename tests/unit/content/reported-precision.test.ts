/**
 * Reported precision over the whole corpus (issue 17, item 1): every number written in an outcome of
 * content/trials/*.mdx — effect values, confidence bounds and level, medians, rates, P values — is read back from the
 * frontmatter's source text and must appear with exactly those digits in what readers and exports see: the outcome
 * table's effect and P cells, the forest plot's estimate column, the JSON export's …Text fields and JSON-LD.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument } from 'yaml';
import { parseEntry } from '@/lib/content/parse-entry';
import { trialSchema, type OutcomeData } from '@/lib/content/kinds/trial';
import { outcomeRecord } from '@/lib/evidence/export';
import { effectText, hrEstimateText, pText } from '@/lib/evidence/trials';

const DIR = join(process.cwd(), 'content/trials');
const EFFECT_NUMBERS = ['value', 'ciLow', 'ciHigh', 'ciLevel', 'versusValue'] as const;

/** `text` contains `digits` as a whole number (not as part of a longer one: "0.5" is not found in "0.50"). */
const hasNumber = (text: string, digits: string) => new RegExp(`(^|[^0-9.])${digits.replace(/\./g, '\\.')}($|[^0-9])`).test(text);

interface Written {
  file: string;
  outcome: number;
  field: string;
  source: string;
}

function writtenNumbers(file: string, text: string): Written[] {
  const fm = text.split('\n---')[0].replace(/^---\n/, '');
  const doc = parseDocument(fm);
  const outcomes = doc.get('outcomes', true) as { items?: unknown[] } | undefined;
  const out: Written[] = [];
  (outcomes?.items ?? []).forEach((_, i) => {
    for (const field of EFFECT_NUMBERS) {
      const node = doc.getIn(['outcomes', i, 'effect', field], true);
      if (isScalar(node) && typeof node.source === 'string') out.push({ file, outcome: i, field, source: node.source });
    }
    const p = doc.getIn(['outcomes', i, 'p'], true);
    if (isScalar(p) && typeof p.source === 'string') out.push({ file, outcome: i, field: 'p', source: p.source });
  });
  return out;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx') && !f.endsWith('.zh.mdx'));
const corpus = files.map((f) => {
  const text = readFileSync(join(DIR, f), 'utf8');
  const parsed = trialSchema.safeParse(parseEntry(f, text).data);
  if (!parsed.success) throw new Error(`${f}: ${parsed.error.message}`);
  return { file: f, outcomes: parsed.data.outcomes, written: writtenNumbers(f, text) };
});

const lookup = () => undefined;

describe('every number in content/trials renders with the digits it was written with', () => {
  it('finds the numbers (the walk is not vacuous), including ones a JavaScript number would shorten', () => {
    const all = corpus.flatMap((t) => t.written);
    expect(all.length).toBeGreaterThan(150);
    expect(all.some((w) => /\.\d*0$/.test(w.source))).toBe(true);
  });

  for (const t of corpus) {
    it(t.file, () => {
      for (const w of t.written) {
        const o: OutcomeData = t.outcomes[w.outcome];
        const where = `${w.file} outcomes[${w.outcome}].${w.field} written ${w.source}`;
        const record = outcomeRecord(o, lookup);
        if (w.field === 'p') {
          const digits = w.source.replace(/^[<>≤≥=]+\s*/, '');
          expect(hasNumber(pText(o), digits), `${where}; table shows ${pText(o)}`).toBe(true);
          expect(record.pText, where).toContain(digits);
          continue;
        }
        const shown = effectText(o);
        expect(hasNumber(shown, w.source), `${where}; table shows ${shown}`).toBe(true);
        expect((record.effect as Record<string, unknown>)[`${w.field}Text`], where).toBe(w.source);
        if (o.effect?.measure === 'hr' && w.field !== 'ciLevel') {
          const e = o.effect;
          expect(hasNumber(hrEstimateText({ value: e.value, ciLow: e.ciLow, ciHigh: e.ciHigh }), w.source), where).toBe(true);
        }
      }
    });
  }
});
