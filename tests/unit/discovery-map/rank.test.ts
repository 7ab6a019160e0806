import { describe, expect, it } from 'vitest';
import { rankMechanisms } from '@/lib/explorer/rank';

const FINDINGS = [
  { id: 'stk11-lof', mechanisms: ['stk11-loss', 'driver-context'] },
  { id: 'kras-mut', mechanisms: ['driver-context', 'stk11-loss', 'signalling'] },
  { id: 'egfr-mut', mechanisms: ['driver-context'] },
  { id: 'pdl1-high', mechanisms: [] },
  { id: 'tmb-low', mechanisms: ['ddr'] },
];
// The atlas's reading order: stk11-loss before driver-context.
const ORDER = ['ddr', 'stk11-loss', 'signalling', 'driver-context'];

describe('rankMechanisms', () => {
  it('ranks by the number of selected findings that link to each mechanism', () => {
    expect(rankMechanisms(FINDINGS, ['kras-mut', 'egfr-mut', 'tmb-low'], ORDER)).toEqual([
      { id: 'driver-context', count: 2, findings: ['kras-mut', 'egfr-mut'], level: null },
      { id: 'ddr', count: 1, findings: ['tmb-low'], level: null },
      { id: 'stk11-loss', count: 1, findings: ['kras-mut'], level: null },
      { id: 'signalling', count: 1, findings: ['kras-mut'], level: null },
    ]);
  });

  it('breaks ties first by how early the findings name a mechanism (most direct first)', () => {
    expect(rankMechanisms([{ id: 'x', mechanisms: ['signalling', 'ddr'] }], ['x'], ORDER).map((r) => r.id)).toEqual(['signalling', 'ddr']);
  });

  it('then by the reading order, whatever the order of the selection', () => {
    const ranked = rankMechanisms(FINDINGS, ['kras-mut', 'stk11-lof'], ORDER);
    expect(ranked.map((r) => [r.id, r.count])).toEqual([
      ['stk11-loss', 2],
      ['driver-context', 2],
      ['signalling', 1],
    ]);
    expect(ranked[0].findings).toEqual(['stk11-lof', 'kras-mut']);
  });

  it('gives the same result for any order of selection', () => {
    const a = rankMechanisms(FINDINGS, ['stk11-lof', 'kras-mut', 'tmb-low'], ORDER);
    const b = rankMechanisms(FINDINGS, ['tmb-low', 'kras-mut', 'stk11-lof'], ORDER);
    expect(b).toEqual(a);
  });

  it('puts mechanisms missing from the reading order last, by id', () => {
    const findings = [
      { id: 'x', mechanisms: ['zeta'] },
      { id: 'y', mechanisms: ['alpha'] },
      { id: 'z', mechanisms: ['ddr'] },
    ];
    expect(rankMechanisms(findings, ['x', 'y', 'z'], ORDER).map((r) => r.id)).toEqual(['ddr', 'alpha', 'zeta']);
  });

  it('ignores unknown and repeated selections and repeated links', () => {
    expect(rankMechanisms([{ id: 'x', mechanisms: ['ddr', 'ddr'] }], ['x', 'x', 'nope'], ORDER)).toEqual([
      { id: 'ddr', count: 1, findings: ['x'], level: null },
    ]);
  });

  it('returns nothing for an empty selection or a finding linked to no mechanism', () => {
    expect(rankMechanisms(FINDINGS, [], ORDER)).toEqual([]);
    expect(rankMechanisms(FINDINGS, ['pdl1-high'], ORDER)).toEqual([]);
  });

  it('among mechanisms with as many findings, puts the better evidence level first, ahead of directness', () => {
    const findings = [{ id: 'x', mechanisms: ['signalling', 'ddr'], levels: { ddr: 'B' as const, signalling: 'D' as const } }];
    expect(rankMechanisms(findings, ['x'], ORDER).map((r) => [r.id, r.level])).toEqual([
      ['ddr', 'B'],
      ['signalling', 'D'],
    ]);
  });

  it('ranks a graded link ahead of an ungraded one, but never above a mechanism more findings point to', () => {
    const findings = [
      { id: 'x', mechanisms: ['signalling'], levels: { signalling: 'A' as const } },
      { id: 'y', mechanisms: ['ddr', 'stk11-loss'] },
      { id: 'z', mechanisms: ['ddr'] },
    ];
    expect(rankMechanisms(findings, ['x', 'y', 'z'], ORDER).map((r) => [r.id, r.count, r.level])).toEqual([
      ['ddr', 2, null],
      ['signalling', 1, 'A'],
      ['stk11-loss', 1, null],
    ]);
  });

  it('keeps the best level across the selected findings that link to a mechanism', () => {
    const findings = [
      { id: 'x', mechanisms: ['ddr'], levels: { ddr: 'C' as const } },
      { id: 'y', mechanisms: ['ddr'], levels: { ddr: 'A' as const } },
      { id: 'z', mechanisms: ['ddr'], levels: { ddr: 'E' as const } },
    ];
    expect(rankMechanisms(findings, ['z', 'x', 'y'], ORDER)).toEqual([{ id: 'ddr', count: 3, findings: ['x', 'y', 'z'], level: 'A' }]);
    expect(rankMechanisms(findings, ['x', 'z'], ORDER)[0].level).toBe('C');
  });
});
