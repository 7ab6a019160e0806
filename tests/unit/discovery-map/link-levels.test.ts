import { describe, expect, it } from 'vitest';
import { linkLevels } from '@/lib/explorer/link-levels';

describe('linkLevels', () => {
  const findings = [
    { id: 'stk11-lof', biomarker: 'stk11', mechanisms: ['stk11-loss', 'cold-tme'] },
    { id: 'tmb-low', biomarker: 'tmb', mechanisms: ['low-neoantigen'] },
  ];
  it('takes the best level among statements that concern both the biomarker and the mechanism', () => {
    const statements = [
      { level: 'C' as const, concerned: ['stk11-loss', 'stk11'] },
      { level: 'B' as const, concerned: ['stk11', 'kras', 'stk11-loss'] },
      { level: 'A' as const, concerned: ['stk11-loss'] }, // not about the biomarker
      { level: 'A' as const, concerned: ['stk11'] }, // not about the mechanism
      { level: 'D' as const, concerned: ['cold-tme', 'stk11'] },
    ];
    expect(linkLevels(findings, statements)).toEqual({ 'stk11-lof': { 'stk11-loss': 'B', 'cold-tme': 'D' }, 'tmb-low': {} });
  });

  it('gives every finding an empty map when there are no statements', () => {
    expect(linkLevels(findings, [])).toEqual({ 'stk11-lof': {}, 'tmb-low': {} });
  });
});
