/** Strings of the glossary pages and their islands (client islands get the picked strings as props). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';

export const GLOSSARY_TEXT = strings(
  {
    title: 'Glossary',
    altTitle: '术语表',
    altLang: 'zh-CN',
    intro: (terms: number, entries: number, zh: Wrap) =>
      rich(
        `${terms} terms: the titles, abbreviations, aliases and Chinese names of all ${entries} entries. Each letter has its own page, where every term links to its entries with a short definition taken from the entry's summary; terms that begin with a Chinese character are under `,
        zh('中文'),
        ', in pinyin order, one page per pinyin initial.',
      ),
    sectionTitle: (label: string) => `Glossary: ${label}`,
    sectionDescription: (n: number, label: string) =>
      `The ${n} glossary terms under ${label}, each linked to its entries with a short definition.`,
    other: 'Other',
    chinese: '中文',
    chineseLang: 'zh-CN',
    zhIntro: (initial: string) =>
      `The terms that begin with a Chinese character whose pinyin reading begins with ${initial}, in pinyin order. A character with several readings is filed under the one the sort order gives it, which is not always the reading the term uses. `,
    sectionIntro: (n: number, total: number, max: number, search: Wrap) =>
      rich(
        `${n} of the atlas's ${total} terms, each linked to its entry with a short definition taken from the entry's summary. A term used by several entries links to each; a word shared by more than ${max} entries lists them without definitions. `,
        search('Search all terms'),
        '.',
      ),
    usedBy: (n: number) => `Used by ${n} entries: `,
    backToLetters: 'Back to the letters',
    zhPage: (terms: number, total: number, pages: number, search: Wrap) =>
      rich(
        `${terms} ${terms === 1 ? 'term' : 'terms'} of the atlas's ${total} begin with a Chinese character. They are filed by the pinyin initial of that character, ${pages} ${pages === 1 ? 'page' : 'pages'} in all; pick an initial below, or `,
        search('search all terms'),
        '.',
      ),
    indexLabel: 'Glossary index',
    byPinyin: ' by pinyin initial',
    terms: ' terms',
    noTerms: ' (no terms)',
  },
  {
    title: '术语表',
    altTitle: 'Glossary',
    altLang: 'en',
    intro: (terms: number, entries: number, zh: Wrap) =>
      rich(
        `共${terms}个术语：全部${entries}个条目的标题、缩写、别名和中文名称。每个字母各有一页，其中每个术语都链接到相应条目，并附取自条目摘要的简短释义；以汉字开头的术语列于“`,
        zh('中文'),
        '”之下，按拼音排序，每个拼音首字母一页。',
      ),
    sectionTitle: (label: string) => `术语表：${label}`,
    sectionDescription: (n: number, label: string) => `术语表中列于 ${label} 之下的${n}个术语，每个术语附简短释义并链接到相应条目。`,
    other: '其他',
    chinese: '中文',
    chineseLang: '',
    zhIntro: (initial: string) =>
      `以汉字开头、且该字拼音以 ${initial} 开头的术语，按拼音排序。多音字按排序规则所给的读音归类，该读音未必是术语中实际使用的读音。`,
    sectionIntro: (n: number, total: number, max: number, search: Wrap) =>
      rich(
        `图谱共${total}个术语，本页收录${n}个，每个术语都链接到相应条目，并附取自条目摘要的简短释义。被多个条目使用的术语分别链接到各个条目；被超过${max}个条目共用的词只列出条目，不附释义。`,
        search('搜索全部术语'),
        '。',
      ),
    usedBy: (n: number) => `被${n}个条目使用：`,
    backToLetters: '返回字母索引',
    zhPage: (terms: number, total: number, pages: number, search: Wrap) =>
      rich(
        `图谱共${total}个术语，其中${terms}个以汉字开头。这些术语按首字的拼音首字母归类，共${pages}页；请在下方选择首字母，或`,
        search('搜索全部术语'),
        '。',
      ),
    indexLabel: '术语表索引',
    byPinyin: '：按拼音首字母',
    terms: '个术语',
    noTerms: '（无术语）',
  },
);

export { GLOSSARY_FILTER_TEXT } from './glossary-filter-text';
