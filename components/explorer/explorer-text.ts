/** Strings of the biomarker-profile explorer (/explorer). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';

export const EXPLORER_TEXT = strings(
  {
    title: 'Biomarker-profile explorer',
    altTitle: '生物标志物谱探索',
    altLang: 'zh-CN',
    cautionTitle: 'An educational map of the published literature, not a treatment recommendation.',
    caution:
      "It shows which resistance mechanisms the atlas's sources link to a set of findings, and which strategies are being studied against them. It does not predict how a patient will respond, and it does not replace guidelines, a tumour board or the primary sources.",
    howTo: (statements: Wrap) =>
      rich(
        'Pick the findings of a tumour profile. Mechanisms are ranked by how many of the selected findings link to them; ties go to the mechanism with the better evidence level behind those links (the best level, A to E, among the ',
        statements('graded statements'),
        " that concern both the finding's biomarker and the mechanism; links no statement grades come after graded ones), then to the mechanism the findings name first (each finding lists its most direct mechanism first), then follow the atlas's reading order. A higher rank means that more of the selected findings point to a mechanism in the literature, not that it is more likely in a given patient. The selection is kept in the address, so the page can be shared.",
      ),
    noscript: (table: Wrap) =>
      rich(
        'Live results need JavaScript. The form still records the selection in the address, and ',
        table('the table below'),
        ' lists every finding with the mechanisms it is linked to.',
      ),
    allFindings: 'Every finding and its linked mechanisms',
    allFindingsIntro:
      'The links come from the biomarker entries and the mechanism entries they name; each mechanism page lists the strategies studied against it and the sources.',
    tableCaption: 'Findings, the biomarker entry each belongs to, and the resistance mechanisms it is linked to',
    finding: 'Finding',
    biomarkerEntry: 'Biomarker entry',
    linkedMechanisms: 'Linked resistance mechanisms',
    note: 'Note',
    noMechanism: 'None: not a marker of resistance',
    evidenceContext: 'Evidence context:',
    sources: 'Sources:',
    strategiesAgainst: 'Strategies studied against it',
    stage: (label: string) => `Stage: ${label}`,
    noStrategy: 'No strategy in the atlas targets this mechanism yet.',
    sourceReview: 'Source review',
  },
  {
    title: '生物标志物谱探索',
    altTitle: 'Biomarker-profile explorer',
    altLang: 'en',
    cautionTitle: '本工具是已发表文献的教学性梳理，不构成治疗建议。',
    caution:
      '它显示图谱所引来源将一组检测结果与哪些耐药机制相关联，以及针对这些机制正在研究哪些策略。它不能预测某一患者的疗效，也不能取代指南、多学科肿瘤会诊或原始文献。',
    howTo: (statements: Wrap) =>
      rich(
        '请选择肿瘤检测谱中的结果。耐药机制按与之关联的所选结果数量排序；数量相同时，关联背后证据等级较高的机制优先（即同时涉及该结果的生物标志物和该机制的',
        statements('分级陈述'),
        '中的最高等级，A 至 E；无分级陈述支持的关联排在有分级的关联之后），其次是检测结果最先列出的机制（每个结果首先列出其最直接相关的机制），再按图谱的阅读顺序排列。排名越高，表示文献中指向该机制的所选结果越多，而不表示该机制在某一患者中更可能存在。所选内容保存在网址中，因此可以分享本页面。',
      ),
    noscript: (table: Wrap) =>
      rich('实时结果需要 JavaScript。表单仍会将所选内容记录在网址中，', table('下方表格'), '列出了每个检测结果及与其关联的耐药机制。'),
    allFindings: '全部检测结果及其关联的耐药机制',
    allFindingsIntro: '这些关联来自生物标志物条目及其所列的耐药机制条目；每个机制页面都列出了针对该机制开展研究的策略及来源。',
    tableCaption: '检测结果、其所属的生物标志物条目，以及与其关联的耐药机制',
    finding: '检测结果',
    biomarkerEntry: '生物标志物条目',
    linkedMechanisms: '关联的耐药机制',
    note: '备注',
    noMechanism: '无：并非耐药标志物',
    evidenceContext: '证据背景：',
    sources: '来源：',
    strategiesAgainst: '针对该机制研究的策略',
    stage: (label: string) => `阶段：${label}`,
    noStrategy: '图谱中尚无针对该机制的策略。',
    sourceReview: '来源综述',
  },
);

export { EXPLORER_ISLAND_TEXT } from './explorer-island-text';
