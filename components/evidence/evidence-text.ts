/** Strings of /evidence, its statement list and the static copy's island (which gets them as props). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';
import type { EvidenceLevel } from '@/lib/content/vocabulary';

export const EVIDENCE_TEXT = strings(
  {
    title: 'Evidence statements',
    altTitle: '证据陈述',
    altLang: 'zh-CN',
    intro: (n: number, json: Wrap, tsv: Wrap) =>
      rich(
        `${n} graded statements: each makes one claim, says whether its sources support it or not, and grades the evidence from A to E. Download them as `,
        json('JSON'),
        ' or as a ',
        tsv('tab-separated table'),
        '.',
      ),
    levels: 'Evidence levels',
    levelsIntro:
      "The scale is modelled on CIViC's evidence levels, letter for letter; the type (predictive, prognostic, mechanistic — CIViC's “functional” — and safety) and the direction (evidence for, evidence against: CIViC's supports and does not support) follow CIViC's fields too.",
    levelsCaption: "The atlas's evidence levels and the CIViC level each corresponds to.",
    level: 'Level',
    takes: 'What it takes',
    civic: {
      A: 'A (validated association); the atlas asks for phase 3 results or an approval or guideline resting on them.',
      B: 'B (clinical evidence); large patient cohorts count here too.',
      C: 'C (case study); the atlas also puts single-arm and small trials and retrospective patient analyses here.',
      D: 'D (preclinical evidence).',
      E: 'E (inferential association), including extrapolation from other tumours.',
    } satisfies Record<EvidenceLevel, string>,
    filter: 'Filter',
    type: 'Type',
    direction: 'Direction',
    context: 'Tumour context',
    concerning: 'Concerning the entry',
    anyEntry: 'Any entry',
    option: (title: string, kind: string) => `${title} (${kind.toLowerCase()})`,
    apply: 'Apply filters',
    clear: 'Clear filters',
    noscript:
      'On this copy of the site, filters need JavaScript. Every statement is also on the page of the entry it concerns, and in the downloads above.',
    all: (n: number) => `All ${n} statements`,
    concerningEntry: (name: string) => ` (concerning ${name})`,
  },
  {
    title: '证据陈述',
    altTitle: 'Evidence statements',
    altLang: 'en',
    intro: (n: number, json: Wrap, tsv: Wrap) =>
      rich(
        `共${n}条分级陈述：每条陈述提出一项论断，说明其来源是否支持该论断，并将证据分为 A 至 E 级。可下载为`,
        json('JSON'),
        '或',
        tsv('制表符分隔的表格'),
        '。',
      ),
    levels: '证据等级',
    levelsIntro:
      '证据等级逐级参照 CIViC 的证据等级；类型（预测性、预后性、机制性——即 CIViC 的“功能性”——和安全性）和方向（支持性证据、反对性证据，即 CIViC 的“支持”与“不支持”）也沿用 CIViC 的字段。',
    levelsCaption: '图谱的证据等级及各级对应的 CIViC 等级。',
    level: '等级',
    takes: '所需证据',
    civic: {
      A: 'A（已验证的关联）；图谱要求有 III 期试验结果，或以其为依据的获批适应证或指南。',
      B: 'B（临床证据）；大型患者队列也归入此级。',
      C: 'C（病例研究）；图谱也将单臂和小型试验以及针对患者的回顾性分析归入此级。',
      D: 'D（临床前证据）。',
      E: 'E（推断性关联），包括由其他肿瘤外推。',
    },
    filter: '筛选',
    type: '类型',
    direction: '方向',
    context: '肿瘤背景',
    concerning: '所涉条目',
    anyEntry: '任意条目',
    option: (title: string, kind: string) => `${title}（${kind}）`,
    apply: '应用筛选',
    clear: '清除筛选',
    noscript: '在本站的这一副本中，筛选功能需要 JavaScript。每条陈述也列于其所涉条目的页面上，并包含在上方的下载文件中。',
    all: (n: number) => `全部${n}条陈述`,
    concerningEntry: (name: string) => `（涉及${name}）`,
  },
);

/** Strings of the forest plot (server-rendered; used on entry pages too). */
export const FOREST_TEXT = strings(
  {
    favoursFirst: '← favours the first arm',
    favoursComparator: 'favours the comparator →',
    explain: ' Hazard ratios on a log scale; the vertical line marks no effect (1); below 1 favours the first arm.',
    tableCaption: (caption: string) => `The numbers of the plot: ${caption}`,
  },
  {
    favoursFirst: '← 倾向于第一组',
    favoursComparator: '倾向于对照组 →',
    explain: '风险比以对数刻度显示；竖线表示无效应（1）；小于 1 表示倾向于第一组。',
    tableCaption: (caption: string) => `森林图中的数值：${caption}`,
  },
);
