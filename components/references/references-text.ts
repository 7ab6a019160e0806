/** Strings of the bibliography pages (/references, /references/<section>). */
import { strings } from '@/lib/i18n/strings';
import type { Reference } from '@/lib/content/references';

type Counts = Record<Reference['type'], number>;
const TYPE_NAMES: Record<Reference['type'], [string, string]> = {
  journal: ['journal article', 'journal articles'],
  regulatory: ['regulatory decision', 'regulatory decisions'],
  registry: ['trial registration', 'trial registrations'],
  conference: ['conference abstract', 'conference abstracts'],
};
const TYPE_NAMES_ZH: Record<Reference['type'], string> = {
  journal: '篇期刊文章',
  regulatory: '项监管决定',
  registry: '项试验注册记录',
  conference: '篇会议摘要',
};
const TYPES = Object.keys(TYPE_NAMES) as Reference['type'][];

export const REFERENCES_TEXT = strings(
  {
    title: 'Bibliography',
    altTitle: '参考文献',
    altLang: 'zh-CN',
    /** "118 journal articles, 20 regulatory decisions, 6 trial registrations and 1 conference abstract". */
    typeCounts: (n: Counts) => {
      const parts = TYPES.filter((t) => n[t] > 0).map((t) => `${n[t]} ${TYPE_NAMES[t][n[t] === 1 ? 0 : 1]}`);
      return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'no sources');
    },
    intro: (total: number, counts: string) =>
      `${total} sources: ${counts}. Each journal DOI and PubMed id was seen beside its title in public bibliographic records; regulatory decisions, trial registrations and conference abstracts link to the page that records them. The source review's own details could not be verified and are marked so. Articles and abstracts are grouped by their first author's surname; each section page gives the full records and the entries that cite them.`,
    download: 'Download the whole bibliography:',
    sectionsLabel: 'Bibliography sections',
    sources: (n: number) => ` ${n === 1 ? 'source' : 'sources'}`,
    sectionTitle: (label: string) => `Bibliography: ${label}`,
    sectionIntro: (key: string, n: number, label: string) => {
      const c = `${n} ${n === 1 ? 'source' : 'sources'}`;
      if (key.startsWith('regulatory-')) return `${c}: decisions of the ${label.replace('Regulatory decisions: ', '')}, by date.`;
      if (key === 'registry') return `${c}: trial registrations, by registry id.`;
      if (key === 'other') return `${c}: articles and abstracts whose first author or title does not begin with a Latin letter.`;
      return `${c}: articles and abstracts whose first author's surname (or, without authors, whose title) begins with ${label}.`;
    },
    allSources: (n: number) => `All ${n} sources`,
    citedBy: 'Cited by:',
    notCited: 'Not cited by any entry yet.',
    sourceReview: 'Source review',
  },
  {
    title: '参考文献',
    altTitle: 'Bibliography',
    altLang: 'en',
    typeCounts: (n: Counts) => {
      const parts = TYPES.filter((t) => n[t] > 0).map((t) => `${n[t]}${TYPE_NAMES_ZH[t]}`);
      return parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts.at(-1)}` : (parts[0] ?? '无来源');
    },
    intro: (total: number, counts: string) =>
      `共${total}个来源：${counts}。每篇期刊文章的 DOI 和 PubMed 编号均已在公开书目记录中与其标题对照核实；监管决定、试验注册记录和会议摘要均链接到记录它们的页面。来源综述本身的书目信息未能核实，已作标注。期刊文章和会议摘要按第一作者姓氏分组；每个分节页面列出完整记录及引用它们的条目。`,
    download: '下载全部参考文献：',
    sectionsLabel: '参考文献分节',
    sources: (_n: number) => '个来源',
    sectionTitle: (label: string) => `参考文献：${label}`,
    sectionIntro: (key: string, n: number, label: string) => {
      const c = `共${n}个来源`;
      if (key.startsWith('regulatory-')) return `${c}：${label.replace('监管决定：', '')}的决定，按日期排列。`;
      if (key === 'registry') return `${c}：试验注册记录，按注册号排列。`;
      if (key === 'other') return `${c}：第一作者或标题不以拉丁字母开头的期刊文章和会议摘要。`;
      return `${c}：第一作者姓氏（无作者时为标题）以 ${label} 开头的期刊文章和会议摘要。`;
    },
    allSources: (n: number) => `全部${n}个来源`,
    citedBy: '引用条目：',
    notCited: '尚无条目引用。',
    sourceReview: '来源综述',
  },
);
