/**
 * Reader-facing words for outcome records, in both languages: analysis labels, P-value qualifiers, the forest
 * plot's "most recent analysis" note. `OUTCOME_LABELS` is the English half (what tests and exports use).
 */
import type { Analysis } from '../content/kinds/trial';
import type { Locale } from '../i18n/locales';
import { strings } from '../i18n/strings';

export const OUTCOME_TEXT = strings(
  {
    analysis: {
      interim: 'Interim analysis',
      primary: 'Primary analysis',
      final: 'Final analysis',
      updated: 'Updated analysis',
    } as Record<Analysis, string>,
    /** The same, lower-case, for a forest-plot row label ("OS, interim"). */
    analysisShort: { interim: 'interim', primary: 'primary', final: 'final', updated: 'updated' } as Record<Analysis, string>,
    dataCutoff: 'data cut-off',
    followUp: 'follow-up',
    notTested: 'not formally tested',
    sided: { 'one-sided': 'one-sided', 'two-sided': 'two-sided' } as Record<'one-sided' | 'two-sided', string>,
    notReported: '—',
    noNumbers: 'No numbers reported',
    noNumbersAfter: 'no numbers reported',
    met: 'Met',
    notMet: 'Not met',
    median: 'Median',
    vs: ' vs ',
    ci: 'CI',
    at: ' at ',
    comparator: 'comparator',
    /** Column header and row marker for the analysis of an outcome record. */
    analysisColumn: 'Analysis',
    latest: 'most recent',
    earlier: 'earlier analysis',
    /** Said under a strategy's forest plot. */
    latestOnly: 'Each row is the most recent analysis of that endpoint in that trial; earlier analyses are on the trial pages.',
    /** Said under a trial's outcome table. */
    latestFirst: 'For each endpoint the most recent analysis comes first; earlier analyses follow it.',
  },
  {
    analysis: { interim: '期中分析', primary: '主要分析', final: '最终分析', updated: '更新分析' },
    analysisShort: { interim: '期中', primary: '主要', final: '最终', updated: '更新' },
    dataCutoff: '数据截止',
    followUp: '随访',
    notTested: '未经正式检验',
    sided: { 'one-sided': '单侧', 'two-sided': '双侧' },
    notReported: '—',
    noNumbers: '未报告数据',
    noNumbersAfter: '未报告数据',
    met: '达到',
    notMet: '未达到',
    median: '中位',
    vs: '对比',
    ci: 'CI',
    at: '，',
    comparator: '对照组',
    analysisColumn: '分析',
    latest: '最近一次',
    earlier: '较早的分析',
    latestOnly: '每一行为该试验中该终点最近一次分析的结果；较早的分析见各试验页面。',
    latestFirst: '每个终点按最近一次分析在前、较早分析在后的顺序列出。',
  },
);

/** The English labels (exports, tests and English pages). */
export const OUTCOME_LABELS = OUTCOME_TEXT.en;

export function outcomeLabels(locale: Locale = 'en') {
  return OUTCOME_TEXT[locale];
}
