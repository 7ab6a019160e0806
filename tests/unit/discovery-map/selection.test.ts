import { describe, expect, it } from 'vitest';
import { parseSelection, selectionSearch, toggleSelection } from '@/lib/explorer/selection';

const KNOWN = ['stk11-lof', 'keap1-mut', 'kras-mut', 'egfr-mut'];

describe('parseSelection', () => {
  it('reads the comma form and returns the canonical order', () => {
    expect(parseSelection('?f=kras-mut,stk11-lof', KNOWN)).toEqual(['stk11-lof', 'kras-mut']);
  });
  it('reads what a plain GET form sends (repeated parameters)', () => {
    expect(parseSelection('f=egfr-mut&f=stk11-lof', KNOWN)).toEqual(['stk11-lof', 'egfr-mut']);
  });
  it('drops unknown, empty and repeated ids and ignores other parameters', () => {
    expect(parseSelection('?f=kras-mut,,nope,kras-mut&q=x&f=%20keap1-mut', KNOWN)).toEqual(['keap1-mut', 'kras-mut']);
  });
  it('is empty without the parameter', () => {
    expect(parseSelection('', KNOWN)).toEqual([]);
    expect(parseSelection('?q=stk11-lof', KNOWN)).toEqual([]);
  });
});

describe('selectionSearch', () => {
  it('writes the comma form, or nothing for an empty selection', () => {
    expect(selectionSearch(['stk11-lof', 'kras-mut'])).toBe('?f=stk11-lof,kras-mut');
    expect(selectionSearch([])).toBe('');
  });
  it('round-trips through parseSelection', () => {
    const ids = ['stk11-lof', 'egfr-mut'];
    expect(parseSelection(selectionSearch(ids), KNOWN)).toEqual(ids);
  });
});

describe('toggleSelection', () => {
  it('adds and removes while keeping the canonical order', () => {
    expect(toggleSelection(['kras-mut'], 'stk11-lof', true, KNOWN)).toEqual(['stk11-lof', 'kras-mut']);
    expect(toggleSelection(['stk11-lof', 'kras-mut'], 'stk11-lof', false, KNOWN)).toEqual(['kras-mut']);
  });
});
