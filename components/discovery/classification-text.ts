/** Strings of the classification matrix (/classification). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';

export const CLASSIFICATION_TEXT = strings(
  {
    title: 'Classification matrix',
    altTitle: '耐药机制分类矩阵',
    altLang: 'zh-CN',
    intro: (total: number, timing: Wrap, acquired: Wrap, origin: Wrap) =>
      rich(
        `The ${total} resistance mechanisms of the atlas, placed by `,
        timing('timing'),
        ' — present before treatment (primary), appearing after an initial response (',
        acquired('acquired'),
        '), or both — and by ',
        origin('origin'),
        ": the tumour cell's own biology (intrinsic) or its microenvironment and host immunity (extrinsic). Inside each cell, mechanisms are grouped by the area of the source review.",
      ),
    seeStrategies: (link: Wrap) =>
      rich('To see which drugs and strategies are studied against each mechanism, open the ', link('strategy × mechanism matrix'), '.'),
    caption: 'Mechanisms by timing and origin',
    mechanisms: (n: number) => `${n} ${n === 1 ? 'mechanism' : 'mechanisms'}`,
    empty: (timing: string, origin: string) =>
      `No mechanism in the atlas is classified as ${timing.toLowerCase()} and ${origin.toLowerCase()}.`,
    bothNote: (both: Wrap) =>
      rich(
        'Mechanisms that cause resistance from the start and also emerge after an initial response are listed under ',
        both('Primary and acquired'),
        '; no mechanism in the atlas is classified as acquired only.',
      ),
    footnote:
      "Timing and origin are those recorded on each mechanism's page. Many mechanisms are supported by evidence from other cancers; each page says where its evidence comes from.",
  },
  {
    title: '耐药机制分类矩阵',
    altTitle: 'Classification matrix',
    altLang: 'en',
    intro: (total: number, timing: Wrap, acquired: Wrap, origin: Wrap) =>
      rich(
        `图谱收录的${total}种耐药机制，按`,
        timing('发生时间'),
        '（治疗前即已存在的为原发性，初始应答后出现的为',
        acquired('获得性'),
        '，或二者兼有）和',
        origin('来源'),
        '（肿瘤细胞自身的生物学特征为内源性，肿瘤微环境和宿主免疫为外源性）排列。每个单元格内的机制按来源综述的领域分组。',
      ),
    seeStrategies: (link: Wrap) => rich('如需查看针对各机制开展研究的药物与策略，请打开', link('策略与耐药机制对照矩阵'), '。'),
    caption: '按发生时间和来源划分的耐药机制',
    mechanisms: (n: number) => `${n}种机制`,
    empty: (timing: string, origin: string) => `图谱中没有被归为${timing}且${origin}的耐药机制。`,
    bothNote: (both: Wrap) =>
      rich('既在治疗开始时导致耐药、又在初始应答后出现的机制列于', both('原发性与获得性'), '之下；图谱中没有仅被归为获得性的机制。'),
    footnote: '发生时间和来源以各机制页面的记录为准。许多机制的证据来自其他肿瘤；每个页面都注明其证据来源。',
  },
);
