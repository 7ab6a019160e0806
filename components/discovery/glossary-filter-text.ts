/** The glossary filter island's strings, English and Chinese: a module of its own, so the island bundles only these. */
import { strings } from '@/lib/i18n/strings';

/** The glossary search island's strings. */
export const GLOSSARY_FILTER_TEXT = strings(
  {
    failed: 'The term list could not be loaded; press Enter to search the atlas.',
    searching: 'Searching…',
    none: 'No term matches.',
    matches: (n: number, total: number) => `${n} of ${total} terms match.`,
    form: 'Glossary',
    label: 'Search the glossary',
    results: 'Matching terms',
  },
  {
    failed: '术语列表未能加载；按回车键可搜索整个图谱。',
    searching: '正在搜索…',
    none: '没有匹配的术语。',
    matches: (n: number, total: number) => `${total}个术语中有${n}个匹配。`,
    form: '术语表',
    label: '搜索术语表',
    results: '匹配的术语',
  },
);
