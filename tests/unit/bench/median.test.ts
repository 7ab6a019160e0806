import { describe, expect, it } from 'vitest';
import { median } from '@/lib/bench/median';

describe('median', () => {
  it('takes the middle figure, the upper middle one for an even count, without reordering the input', () => {
    const runs = [42, 17, 35];
    expect(median(runs)).toBe(35);
    expect(runs).toEqual([42, 17, 35]);
    expect(median([4, 1, 3, 2])).toBe(3);
  });
});
