/**
 * Numbers as their source printed them. A "reported decimal" keeps both the number (for plotting, sorting and
 * exports) and the digits the source printed (for every place a reader sees it): `0.50` stays "0.50", `6.0` stays
 * "6.0". Authors write them unquoted (`hr: 0.50`): lib/content/yaml.ts hands a decimal whose digits a number would
 * drop to the schema as its source text, and the schemas here accept a number or that text.
 *
 * A "reported P" is an exact P value or a bound, as printed: `0.005`, `<0.001`, `≤0.05`.
 */
import { z } from 'zod';

/** A number with the digits its source printed. */
export interface ReportedDecimal {
  value: number;
  /** The digits as printed ("0.50"). `Number(text) === value`. */
  text: string;
}

/** Digits with an optional fractional part and sign, as a source prints a decimal. */
const DECIMAL_TEXT = /^[-+]?\d+(\.\d+)?$/;

const HINT = 'Write the number as the source prints it, e.g. 0.50 or 6.0 (digits and one decimal point).';

/** A reported decimal from a number, its printed digits, or an already-parsed `{ value, text }` (the corpus artifact). */
export function toReported(input: number | string | ReportedDecimal): ReportedDecimal | null {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input, text: String(input) } : null;
  if (typeof input === 'string') {
    const t = input.trim().replace(/^\+/, '');
    return DECIMAL_TEXT.test(t) ? { value: Number(t), text: t } : null;
  }
  return input;
}

/** The digits of a reported decimal, or of a plain number. */
export function reportedText(r: ReportedDecimal | number): string {
  return typeof r === 'number' ? String(r) : r.text;
}

interface Bounds {
  /** Exclusive lower bound (`positive` is `gt: 0`). */
  gt?: number;
  min?: number;
  max?: number;
}

/**
 * Schema of a reported decimal: accepts a number, the printed digits (`'0.50'`, which is what an unquoted
 * `0.50` reaches the schema as), or `{ value, text }`; yields `{ value, text }`.
 */
export function reportedDecimal(bounds: Bounds = {}) {
  return z
    .union([z.number(), z.string(), z.strictObject({ value: z.number(), text: z.string() })])
    .transform((input, ctx): ReportedDecimal => {
      const r = toReported(input);
      if (!r) {
        ctx.addIssue({ code: 'custom', message: `Expected a number, received ${JSON.stringify(input)}`, params: { hint: HINT } });
        return z.NEVER;
      }
      const { gt, min, max } = bounds;
      if (gt !== undefined && !(r.value > gt)) ctx.addIssue({ code: 'custom', message: `Expected a number greater than ${gt}, received ${r.text}`, params: { hint: HINT } });
      else if (min !== undefined && r.value < min) ctx.addIssue({ code: 'custom', message: `Expected at least ${min}, received ${r.text}`, params: { hint: HINT } });
      else if (max !== undefined && r.value > max) ctx.addIssue({ code: 'custom', message: `Expected at most ${max}, received ${r.text}`, params: { hint: HINT } });
      return r;
    });
}

/** How a reported P relates to its number: exact, or a bound. */
export const P_RELATIONS = ['=', '<', '≤', '>', '≥'] as const;
export type PRelation = (typeof P_RELATIONS)[number];

/** A P value as reported: exact (`=`) or a bound, with the printed digits. */
export interface ReportedP extends ReportedDecimal {
  relation: PRelation;
}

const P_TEXT = /^(<=|>=|<|≤|>|≥|=)?\s*(\d+(?:\.\d+)?)$/;
const P_HINT = 'Copy the P value as the source prints it: 0.005, <0.001 or ≤0.05 (quote a bound that starts with ">": \'>0.05\').';

/**
 * Parses a P value as printed. Returns the value or a message saying why it is not one: not a number or bound,
 * 0 or more than 1, or a bound that bounds nothing (`<1.5`, `>1`, `<0`).
 */
export function parseP(input: number | string | ReportedP): ReportedP | { error: string } {
  if (typeof input === 'object') return input;
  const src = typeof input === 'number' ? String(input) : input.trim();
  const m = P_TEXT.exec(src);
  if (!m) return { error: `Expected a P value (0.005) or a bound (<0.001, ≤0.05), received ${JSON.stringify(input)}` };
  const relation = ({ '<=': '≤', '>=': '≥' } as Record<string, PRelation>)[m[1] ?? ''] ?? ((m[1] ?? '=') as PRelation);
  const value = Number(m[2]);
  const text = m[2];
  if (relation === '=') {
    if (!(value > 0)) return { error: `A P value must be greater than 0, received ${text}` };
    if (value > 1) return { error: `A P value cannot exceed 1, received ${text}` };
  } else {
    const bounds = relation === '<' || relation === '≤' ? value > 0 && value <= 1 && !(relation === '≤' && value === 1) : value >= 0 && value < 1;
    if (!bounds) return { error: `${relation}${text} is not a bound on a P value: a P value lies between 0 and 1` };
  }
  return { relation, value, text };
}

/** Schema of a reported P: a number, or text with an optional bound sign; yields `{ relation, value, text }`. */
export const reportedP = z
  .union([z.number(), z.string(), z.strictObject({ relation: z.enum(P_RELATIONS), value: z.number(), text: z.string() })])
  .transform((input, ctx): ReportedP => {
    const r = parseP(input);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: r.error, params: { hint: P_HINT } });
      return z.NEVER;
    }
    return r;
  });

/** A P value as printed: "0.005", "<0.001", "≤0.05". */
export function pValueText(p: ReportedP): string {
  return p.relation === '=' ? p.text : `${p.relation}${p.text}`;
}
