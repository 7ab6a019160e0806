import { describe, expect, it } from 'vitest';
import { decodedFragment } from '@/components/discovery/fragment';

describe('decodedFragment', () => {
  it.each([
    ['#term-%E8%80%90%E8%8D%AF', 'term-耐药'],
    ['#skoulidis-2018-stk11', 'skoulidis-2018-stk11'],
    ['', ''],
    ['#', ''],
    ['#%', ''],
    ['#%E8%80', ''],
  ])('%s → %s', (hash, id) => {
    expect(decodedFragment(hash)).toBe(id);
  });
});
