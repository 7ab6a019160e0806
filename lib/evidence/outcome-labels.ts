/**
 * Reader-facing words for outcome records: analysis labels, P-value qualifiers, the forest plot's "most recent
 * analysis" note. One map, so the words can move into the i18n dictionaries as a block.
 */
import type { Analysis } from '../content/kinds/trial';

export const OUTCOME_LABELS = {
  analysis: {
    interim: 'Interim analysis',
    primary: 'Primary analysis',
    final: 'Final analysis',
    updated: 'Updated analysis',
  } satisfies Record<Analysis, string>,
  /** The same, lower-case, for a forest-plot row label ("OS, interim"). */
  analysisShort: {
    interim: 'interim',
    primary: 'primary',
    final: 'final',
    updated: 'updated',
  } satisfies Record<Analysis, string>,
  dataCutoff: 'data cut-off',
  followUp: 'follow-up',
  notTested: 'not formally tested',
  sided: { 'one-sided': 'one-sided', 'two-sided': 'two-sided' },
  notReported: '—',
  noNumbers: 'No numbers reported',
  met: 'Met',
  notMet: 'Not met',
  median: 'Median',
  vs: 'vs',
  ci: 'CI',
  /** Column header and row marker for the analysis of an outcome record. */
  analysisColumn: 'Analysis',
  latest: 'most recent',
  earlier: 'earlier analysis',
  /** Said under a strategy's forest plot. */
  latestOnly: 'Each row is the most recent analysis of that endpoint in that trial; earlier analyses are on the trial pages.',
  /** Said under a trial's outcome table. */
  latestFirst: 'For each endpoint the most recent analysis comes first; earlier analyses follow it.',
} as const;
