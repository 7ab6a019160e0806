/** Strings of the strategy × mechanism matrix (/strategy-matrix). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';

export const STRATEGY_MATRIX_TEXT = strings(
  {
    title: 'Strategy × mechanism matrix',
    altTitle: '策略与耐药机制对照',
    altLang: 'zh-CN',
    intro:
      "Each row is a drug or strategy; each column a resistance mechanism it is meant to overcome, as recorded on the strategy's page (its targets) or on the mechanism's page (the strategies studied against it). The stage is the most advanced evidence in any tumour, and “Evidence from” says where it was gathered — often not NSCLC. This is a map of research, not a treatment guide.",
    grouped: (link: Wrap) => rich('Mechanisms are grouped by area of the source review; see also the ', link('classification matrix'), '.'),
    legend: 'How to read the marks',
    listCaption: (n: number) => `Strategies and the mechanisms they target (${n} mechanisms: too many for a grid)`,
    strategy: 'Strategy',
    stage: 'Stage of evidence',
    evidenceFrom: 'Evidence from',
    targeted: 'Mechanisms targeted',
    scroll: 'Scroll the table sideways to see every mechanism.',
    caption: 'Strategies and the mechanisms they target',
  },
  {
    title: '策略与耐药机制对照',
    altTitle: 'Strategy × mechanism matrix',
    altLang: 'en',
    intro:
      '每一行是一种药物或策略；每一列是其旨在克服的一种耐药机制，依据策略页面（其针对目标）或机制页面（针对该机制开展研究的策略）的记录。证据阶段取其在任何肿瘤中最高的证据，“证据来源”说明证据从何处获得——往往并非非小细胞肺癌。本表是研究进展的图谱，而非治疗指南。',
    grouped: (link: Wrap) => rich('耐药机制按来源综述的领域分组；另见', link('耐药机制分类矩阵'), '。'),
    legend: '标记的含义',
    listCaption: (n: number) => `各策略及其针对的耐药机制（${n}种机制，过多而无法以网格显示）`,
    strategy: '策略',
    stage: '证据阶段',
    evidenceFrom: '证据来源',
    targeted: '针对的耐药机制',
    scroll: '左右滚动表格可查看全部耐药机制。',
    caption: '各策略及其针对的耐药机制',
  },
);
