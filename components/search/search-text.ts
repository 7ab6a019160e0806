/**
 * The strings of the search dialog and the search page's island, English and Chinese. Client code: the islands
 * pick the table by the `locale` prop the server passes. Plain strings and small functions only, so the dialog's
 * lazily loaded chunk carries them and the always-loaded launcher does not.
 */
import { strings } from '@/lib/i18n/strings';

const q80 = (q: string) => q.slice(0, 80);

/** The dialog's strings (the page uses some of them too). */
export const SEARCH_TEXT = /* @__PURE__ */ strings(
  {
    dialogLabel: 'Search the atlas',
    termsLabel: 'Search terms',
    placeholder: 'STK11, TMB, 肿瘤微环境, pembrolizumab…',
    close: 'Close',
    loading: 'Loading the search index…',
    unavailable: (message: string) =>
      `Search is unavailable: the search index could not be loaded (${message}). Browse the lists of entries from the menu, or try again later.`,
    partUnavailable: (message: string) =>
      `Search is unavailable: part of the search index could not be read (${message}). Browse the lists of entries from the menu, or try again later.`,
    hint: 'Type an English or Chinese term, an abbreviation, a gene, drug or trial name.',
    noMatch: (q: string) => `No entries match “${q80(q)}”. Check the spelling or try a broader term.`,
    results: 'Search results',
    allResults: (q: string) => `All results and filters for “${q80(q)}” →`,
  },
  {
    dialogLabel: '搜索图谱',
    termsLabel: '搜索词',
    placeholder: '肿瘤突变负荷、帕博利珠单抗、PD-L1、STK11 突变…',
    close: '关闭',
    loading: '正在加载搜索索引…',
    unavailable: (message: string) => `搜索暂不可用：无法加载搜索索引（${message}）。请从菜单浏览条目列表，或稍后再试。`,
    partUnavailable: (message: string) => `搜索暂不可用：部分搜索索引无法读取（${message}）。请从菜单浏览条目列表，或稍后再试。`,
    hint: '输入中文或英文术语、缩写，或基因、药物、试验名称。',
    noMatch: (q: string) => `没有与“${q80(q)}”匹配的条目。请检查拼写，或换用更宽泛的词。`,
    results: '搜索结果',
    allResults: (q: string) => `查看“${q80(q)}”的全部结果与筛选 →`,
  },
);

/** The search page's own strings (a separate table, so the dialog's chunk does not carry them). */
export const SEARCH_PAGE_TEXT = /* @__PURE__ */ strings(
  {
    formLabel: 'Search with filters',
    search: 'Search',
    kind: 'Kind',
    origin: 'Origin',
    timing: 'Timing',
    area: 'Area',
    applyFilters: 'Apply filters',
    typeWithinFilters: 'Type a term to search within these filters',
    typeTerm: 'Type a term to search',
    count: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q80(q)}”`,
    searching: (q: string) => `Searching for “${q80(q)}”…`,
    pageUnavailable: (message: string) =>
      `Search is unavailable: the search index could not be loaded (${message}). Browse every entry below instead.`,
    pageNoMatch: 'No entries match. Check the spelling, remove a filter, or try a broader or Chinese term.',
  },
  {
    formLabel: '带筛选的搜索',
    search: '搜索',
    kind: '类型',
    origin: '来源',
    timing: '时间',
    area: '领域',
    applyFilters: '应用筛选',
    typeWithinFilters: '输入搜索词，在所选筛选条件内搜索',
    typeTerm: '输入搜索词',
    count: (n: number, q: string) => `“${q80(q)}”共 ${n} 条结果`,
    searching: (q: string) => `正在搜索“${q80(q)}”…`,
    pageUnavailable: (message: string) => `搜索暂不可用：无法加载搜索索引（${message}）。请改为浏览下方的全部条目。`,
    pageNoMatch: '没有匹配的条目。请检查拼写、去掉某个筛选条件，或换用更宽泛的词或英文术语。',
  },
);
