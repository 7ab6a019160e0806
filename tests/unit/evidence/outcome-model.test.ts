/**
 * The outcome model of issue 17: decimals keep their printed digits (YAML source text → { value, text }), P values
 * are exact or bounds, and each endpoint's most recent analysis comes first.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '@/lib/content/yaml';
import { parseP, pValueText, toReported } from '@/lib/content/reported';
import type { OutcomeData } from '@/lib/content/kinds/trial';
import { latestOutcomes, orderOutcomes } from '@/lib/evidence/outcome-order';
import { analysisText, effectText, hrRows, pText } from '@/lib/evidence/trials';

describe('YAML keeps the digits of a decimal a number would shorten', () => {
  it.each([
    ['hr: 0.50', { hr: '0.50' }],
    ['m: 6.0', { m: '6.0' }],
    ['x: 10.30', { x: '10.30' }],
    ['hr: 0.62', { hr: 0.62 }],
    ['n: 305', { n: 305 }],
    ["q: '0.50'", { q: '0.50' }],
    ['e: { value: 0.50, ciLow: 0.37 }', { e: { value: '0.50', ciLow: 0.37 } }],
  ])('%s', (src, expected) => {
    expect(parseYaml(src).value).toEqual(expected);
  });
});

describe('reported decimals', () => {
  it.each([
    [0.5, { value: 0.5, text: '0.5' }],
    ['0.50', { value: 0.5, text: '0.50' }],
    ['6.0', { value: 6, text: '6.0' }],
    ['+1.20', { value: 1.2, text: '1.20' }],
    ['abc', null],
    ['1e-3', null],
  ] as const)('%s', (input, expected) => {
    expect(toReported(input)).toEqual(expected);
  });
});

describe('P values as reported', () => {
  it.each([
    [0.005, '=', '0.005'],
    ['0.050', '=', '0.050'],
    ['<0.001', '<', '0.001'],
    ['< 0.001', '<', '0.001'],
    ['≤0.05', '≤', '0.05'],
    ['<=0.05', '≤', '0.05'],
    ['>0.05', '>', '0.05'],
  ] as const)('%s', (input, relation, text) => {
    const p = parseP(input);
    expect(p).toMatchObject({ relation, text });
    expect(pValueText(p as Exclude<typeof p, { error: string }>)).toBe(relation === '=' ? text : `${relation}${text}`);
  });
  it.each([
    ['<1.5', '<1.5 is not a bound on a P value: a P value lies between 0 and 1'],
    ['>1', '>1 is not a bound on a P value: a P value lies between 0 and 1'],
    ['<0', '<0 is not a bound on a P value: a P value lies between 0 and 1'],
    [0, 'A P value must be greater than 0, received 0'],
    [1.5, 'A P value cannot exceed 1, received 1.5'],
    ['P=0.01', 'Expected a P value (0.005) or a bound (<0.001, ≤0.05), received "P=0.01"'],
  ] as const)('%s is refused', (input, error) => {
    expect(parseP(input)).toEqual({ error });
  });
  it('prints sidedness where stated and "not formally tested" instead of a P', () => {
    const p = parseP('0.0017') as Exclude<ReturnType<typeof parseP>, { error: string }>;
    expect(pText({ p, pSided: 'one-sided', tested: true })).toBe('0.0017 (one-sided)');
    expect(pText({ p: undefined, pSided: undefined, tested: false })).toBe('not formally tested');
    expect(pText({ p: undefined, pSided: undefined, tested: true })).toBe('—');
  });
});

const r = (text: string) => ({ value: Number(text), text });
const outcome = (o: Partial<OutcomeData>): OutcomeData => ({
  endpoint: 'OS',
  primary: true,
  arm: 'a',
  versus: 'b',
  analysis: 'primary',
  tested: true,
  source: 'src',
  reportedBy: 'peer-reviewed',
  ...o,
});

describe('the most recent analysis of each endpoint comes first', () => {
  const interimOs = outcome({
    analysis: 'interim',
    effect: { measure: 'hr', value: r('0.60'), ciLow: r('0.41'), ciHigh: r('0.89'), ciLevel: r('95') },
  });
  const pfs = outcome({
    endpoint: 'PFS',
    analysis: 'primary',
    effect: { measure: 'hr', value: r('0.50'), ciLow: r('0.37'), ciHigh: r('0.68'), ciLevel: r('95') },
  });
  const updatedOs = outcome({
    analysis: 'updated',
    dataCutoff: '2020-06-01',
    effect: { measure: 'hr', value: r('0.62'), ciLow: r('0.48'), ciHigh: r('0.81'), ciLevel: r('95') },
  });
  const updatedMedian = outcome({
    analysis: 'updated',
    dataCutoff: '2020-06-01',
    effect: { measure: 'median', value: r('26.3'), versusValue: r('13.4'), unit: 'months' },
  });
  const subgroup = outcome({
    population: 'PD-L1 ≥50%',
    analysis: 'interim',
    effect: { measure: 'rate', value: r('31.9'), versusValue: r('16.3'), at: '5 years' },
  });
  const list = [interimOs, pfs, updatedOs, updatedMedian, subgroup];

  it('groups by endpoint, population and comparison, newest analysis first, marking the current records', () => {
    expect(orderOutcomes(list).map((x) => [x.index, x.latest])).toEqual([
      [2, true],
      [3, true],
      [0, false],
      [1, true],
      [4, true],
    ]);
    expect(latestOutcomes(list)).toEqual([updatedOs, updatedMedian, pfs, subgroup]);
  });

  it('a later data cut-off of the same kind of analysis is newer', () => {
    const a = outcome({ analysis: 'updated', dataCutoff: '2019-01' });
    const b = outcome({ analysis: 'updated', dataCutoff: '2021-03-08' });
    expect(latestOutcomes([a, b])).toEqual([b]);
  });

  it('hazard-ratio rows: every analysis on the trial page, only the latest on a strategy page', () => {
    const t = {
      id: 't',
      acronym: 'T-1',
      arms: [
        { id: 'a', label: 'A', drugs: [] },
        { id: 'b', label: 'B', drugs: [] },
      ],
      outcomes: list,
    };
    expect(hrRows(t).map((x) => [x.endpoint, x.analysis, x.latest, x.value.text])).toEqual([
      ['OS', 'updated', true, '0.62'],
      ['OS', 'interim', false, '0.60'],
      ['PFS', 'primary', true, '0.50'],
    ]);
    expect(hrRows(t, { latestOnly: true }).map((x) => x.value.text)).toEqual(['0.62', '0.50']);
  });

  it('says which analysis, with cut-off and follow-up where stated, and prints the digits as written', () => {
    expect(analysisText({ analysis: 'updated', dataCutoff: '2020-06-01', followUp: 'median 59.9 months' })).toBe(
      'Updated analysis (data cut-off 2020-06-01; follow-up median 59.9 months)',
    );
    expect(analysisText({ analysis: 'interim' })).toBe('Interim analysis');
    expect(effectText(pfs)).toBe('HR 0.50 (95% CI 0.37–0.68)');
    expect(effectText(updatedMedian)).toBe('Median 26.3 vs 13.4 months');
    expect(effectText(subgroup)).toBe('31.9% vs 16.3% at 5 years');
  });
});
