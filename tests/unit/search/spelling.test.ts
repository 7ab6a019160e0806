import { describe, expect, it } from 'vitest';
import { allowedEdits, Vocabulary } from '../../../lib/search/spelling';

describe('allowedEdits', () => {
  it.each([
    ['tmb', 0],
    ['mdsc', 0],
    ['il6', 0],
    ['cd274', 0],
    ['tumor', 1],
    ['immune', 1],
    ['statins', 1],
    ['exhausted', 2],
    ['pembrolizumb', 2],
    ['a'.repeat(31), 0],
  ])('%s → %i', (word, expected) => {
    expect(allowedEdits(word)).toBe(expected);
  });
});

describe('Vocabulary.suggest', () => {
  const vocab = new Vocabulary([
    'pembrolizumab',
    'pseudoprogression',
    'tumour',
    'tumours',
    'tmb',
    'tnf',
    'exhaustion',
    'exhausted',
    'nivolumab',
    'cd274',
    'status',
    'response',
  ]);

  it.each([
    ['pembrolizumb', ['pembrolizumab']],
    ['pseudoprogresion', ['pseudoprogression']],
    ['tumor', ['tumour']],
    ['exhuastion', ['exhaustion']],
    ['nivolumab', ['nivolumab']],
    // Never for short abbreviations or gene-like words with digits.
    ['tmx', []],
    ['tnb', []],
    ['cd247', []],
    ['responce', ['response']],
    // Nothing close enough: two edits are allowed from eight letters on ("statins" is two from "status").
    ['statins', []],
    ['zebrafish', []],
    ['immunity', []],
  ])('%s → %j', (word, expected) => {
    expect(vocab.suggest(word)).toEqual(expected);
  });
});
