/** Strings of the home page. Counts are computed by the page and passed in. */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from './rich';

type Sources = { journal: number; regulatory: number; registry: number; conference: number };
const en = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const HOME_TEXT = strings(
  {
    title: 'NSCLC Immunotherapy Resistance Atlas',
    altTitle: '非小细胞肺癌免疫治疗耐药图谱',
    altLang: 'zh-CN',
    intro:
      'Why do immune-checkpoint inhibitors stop working — or never work — in non-small-cell lung cancer? This atlas maps the mechanisms, the biomarkers that signal them, the cells and molecules that carry them out, and the drugs and strategies studied against them, with the trials, drugs, approvals and graded evidence behind them. Every page says whether its evidence comes from NSCLC or is extrapolated from other cancers, and when it was last checked against its sources.',
    sources: (n: Sources, bibliography: Wrap) =>
      rich(
        `What the claims rest on: ${en(n.journal, 'journal article')} identified by DOI or PubMed id, ${en(n.regulatory, 'regulatory decision')}, ${en(n.registry, 'trial registration')} and ${en(n.conference, 'conference report')} (see the `,
        bibliography('bibliography'),
        "), and a Chinese review whose bibliographic details could not be verified. Results known only from a sponsor or press report are marked as such, and sentences without a citation are the atlas's own synthesis of the cited sources.",
      ),
    kindCount: (n: number, plural: string, _zh: string) => `${n} ${plural.toLowerCase()}`,
    axes: 'Two ways to classify resistance',
    byTiming: 'By timing',
    byTimingAlt: '按时间',
    timing: (strong: Wrap, alt: Wrap) =>
      rich(
        strong('Primary'),
        ' (',
        alt('原发性'),
        ') resistance: the tumour never responds. ',
        strong('Acquired'),
        ' (',
        alt('继发性/获得性'),
        ') resistance: it responds at first, then progresses on treatment, months to years later.',
      ),
    byOrigin: 'By origin',
    byOriginAlt: '按机制来源',
    origin: (strong: Wrap, alt: Wrap) =>
      rich(
        strong('Intrinsic'),
        ' (',
        alt('内源性'),
        "): the tumour cell's own biology — its genome, antigens and antigen presentation. ",
        strong('Extrinsic'),
        ' (',
        alt('外源性'),
        '): the tumour microenvironment and host immunity around it.',
      ),
    areas: 'The five areas of the source review',
    intrinsic: 'Intrinsic',
    extrinsic: 'Extrinsic',
    answers: 'Answers',
    areaCount: (n: number, strategies: boolean) => (strategies ? en(n, 'strategy', 'strategies') : en(n, 'mechanism')),
    startWith: 'Start with:',
    recent: 'Recently reviewed',
    reviewed: 'reviewed',
  },
  {
    title: '非小细胞肺癌免疫治疗耐药图谱',
    altTitle: 'NSCLC Immunotherapy Resistance Atlas',
    altLang: 'en',
    intro:
      '免疫检查点抑制剂为什么会在非小细胞肺癌中失效，或者从一开始就无效？本图谱梳理耐药机制、提示这些机制的生物标志物、执行这些机制的细胞与分子，以及针对它们开展研究的药物与策略，并列出其背后的临床试验、药物、获批情况和分级证据。每个页面都注明其证据来自非小细胞肺癌还是外推自其他肿瘤，以及最近一次对照原始来源核查的时间。',
    sources: (n: Sources, bibliography: Wrap) =>
      rich(
        `图谱中各项论述的依据：${n.journal}篇经 DOI 或 PubMed 编号确认的期刊文章、${n.regulatory}项监管决定、${n.registry}项试验注册记录和${n.conference}份会议报告（见`,
        bibliography('参考文献'),
        '），以及一篇书目信息未能核实的中文综述。仅见于申办方或新闻报道的结果均已注明；未标注引文的句子是图谱对所引来源的综合归纳。',
      ),
    kindCount: (n: number, _plural: string, zh: string) => `${zh}（${n}）`,
    axes: '耐药的两种分类方式',
    byTiming: '按发生时间',
    byTimingAlt: 'By timing',
    timing: (strong: Wrap, alt: Wrap) =>
      rich(
        strong('原发性'),
        '（',
        alt('primary'),
        '）耐药：肿瘤从一开始就对治疗无应答。',
        strong('获得性'),
        '（继发性，',
        alt('acquired'),
        '）耐药：肿瘤起初有应答，随后在治疗过程中进展，通常发生在数月至数年之后。',
      ),
    byOrigin: '按机制来源',
    byOriginAlt: 'By origin',
    origin: (strong: Wrap, alt: Wrap) =>
      rich(
        strong('内源性'),
        '（',
        alt('intrinsic'),
        '）：肿瘤细胞自身的生物学特征，包括其基因组、抗原及抗原呈递。',
        strong('外源性'),
        '（',
        alt('extrinsic'),
        '）：肿瘤周围的肿瘤微环境和宿主免疫。',
      ),
    areas: '来源综述的五个领域',
    intrinsic: '内源性',
    extrinsic: '外源性',
    answers: '应对',
    areaCount: (n: number, strategies: boolean) => (strategies ? `${n}项策略` : `${n}种耐药机制`),
    startWith: '入门阅读：',
    recent: '最近审阅',
    reviewed: '审阅于',
  },
);
