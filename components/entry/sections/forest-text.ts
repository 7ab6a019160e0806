/** Strings of the forest plots on entry pages (outcomes of a trial, trials of a strategy), in both languages. */
import { strings } from '@/lib/i18n/strings';

export const FOREST_TEXT = strings(
  {
    columns: ['Outcome', 'Arms', 'HR (CI)', 'P', 'Endpoint met', 'Analysis', 'Source'],
    outcomesCaption: (acronym: string) => `Hazard ratios of ${acronym}.`,
    strategyCaption: (title: string) =>
      `Hazard ratios across the trials of ${title}. Each row is the most recent analysis of that endpoint in that trial; earlier analyses are on the trial pages.`,
    via: 'via',
  },
  {
    columns: ['结局', '治疗组', 'HR（CI）', 'P', '是否达到终点', '分析', '来源'],
    outcomesCaption: (acronym: string) => `${acronym}的风险比。`,
    strategyCaption: (title: string) => `${title}各项试验的风险比。每一行为该试验中该终点最近一次分析的结果；较早的分析见各试验页面。`,
    via: '经由',
  },
);
