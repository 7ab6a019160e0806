import { describe, expect, it } from 'vitest';
import { bestLevel, compareStatements, groupStatements } from '@/lib/evidence/statements';
import type { StatementData } from '@/lib/content/kinds/evidence';

const st = (
  id: string,
  level: StatementData['level'],
  direction: StatementData['direction'] = 'supports',
  context: StatementData['context'] = 'nsclc',
  sources = ['r'],
): StatementData => ({
  id,
  claim: `Claim ${id} that is long enough.`,
  type: 'predictive',
  direction,
  level,
  context,
  sources,
  concerns: [],
});

describe('compareStatements (strongest first)', () => {
  it.each([
    ['a better level first', st('x', 'A'), st('y', 'B'), -1],
    ['supporting before not supporting at one level', st('x', 'B', 'supports'), st('y', 'B', 'does-not-support'), -1],
    ['NSCLC before other cancers', st('x', 'C', 'supports', 'other-cancer'), st('y', 'C', 'supports', 'nsclc'), 1],
    ['more sources first', st('x', 'C', 'supports', 'nsclc', ['a']), st('y', 'C', 'supports', 'nsclc', ['a', 'b']), 1],
    ['then by id', st('a', 'C'), st('b', 'C'), -1],
  ])('%s', (_, a, b, sign) => {
    expect(Math.sign(compareStatements(a, b))).toBe(sign);
  });
});

describe('groupStatements', () => {
  it('groups by level (A first) then direction, leaving out empty groups', () => {
    const groups = groupStatements([
      st('d1', 'D'),
      st('a-neg', 'A', 'does-not-support'),
      st('a1', 'A'),
      st('d0', 'D', 'supports', 'preclinical'),
      st('a2', 'A', 'supports', 'other-cancer'),
    ]);
    expect(groups.map((g) => [g.level, g.direction, g.statements.map((s) => s.id)])).toEqual([
      ['A', 'supports', ['a1', 'a2']],
      ['A', 'does-not-support', ['a-neg']],
      ['D', 'supports', ['d1', 'd0']],
    ]);
  });
});

describe('bestLevel', () => {
  it.each([
    [[], null],
    [[st('x', 'C'), st('y', 'B'), st('z', 'E')], 'B'],
  ] as const)('%j → %s', (list, level) => {
    expect(bestLevel(list)).toBe(level);
  });
});
