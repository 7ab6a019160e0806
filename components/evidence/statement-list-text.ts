/** Strings of the statement list and the static copy's evidence island (client-safe: strings only). */
import { strings } from '@/lib/i18n/strings';

/** Strings the statement list and the static copy's island show (small: the island bundles them). */
export const STATEMENT_LIST_TEXT = strings(
  {
    listLabel: 'Evidence statements',
    level: (l: string) => `Level ${l}`,
    concerns: 'Concerns: ',
    sources: '. Sources: ',
    end: '.',
    comma: ', ',
    matching: (n: number) => `${n} statement${n === 1 ? '' : 's'} match the filters`,
    pageOf: (page: number, pages: number) => `, page ${page} of ${pages}`,
    none: 'No statement matches. Remove a filter to see more.',
    pagesLabel: 'Pages of statements',
    previous: 'Previous page',
    next: 'Next page',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    applying: 'Applying the filters…',
    failed: 'The statements could not be loaded; the unfiltered list is shown below.',
  },
  {
    listLabel: '证据陈述',
    level: (l: string) => `${l} 级`,
    concerns: '涉及：',
    sources: '。来源：',
    end: '。',
    comma: '、',
    matching: (n: number) => `${n}条陈述符合筛选条件`,
    pageOf: (page: number, pages: number) => `，第${page}页，共${pages}页`,
    none: '没有符合条件的陈述。请移除一项筛选条件以查看更多。',
    pagesLabel: '陈述分页',
    previous: '上一页',
    next: '下一页',
    page: (page: number, pages: number) => `第${page}页，共${pages}页`,
    applying: '正在应用筛选…',
    failed: '陈述未能加载；下方显示未经筛选的列表。',
  },
);
