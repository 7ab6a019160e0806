/** The explorer island's strings, English and Chinese: a module of its own, so the island bundles only these. */
import { strings } from '@/lib/i18n/strings';

/** The explorer island's strings (passed to it as props). */
export const EXPLORER_ISLAND_TEXT = strings(
  {
    prompt: 'Select one or more findings to see the resistance mechanisms linked to them.',
    status: (mechanisms: number, selected: number) =>
      `${mechanisms} ${mechanisms === 1 ? 'mechanism' : 'mechanisms'} linked to ${selected} ${selected === 1 ? 'selected finding' : 'selected findings'}.`,
    findings: 'Findings',
    show: 'Show linked mechanisms',
    clear: 'Clear selection',
    results: 'Linked resistance mechanisms',
    about: 'About the selected findings',
    unlinked: ' (not linked to a resistance mechanism)',
    colon: ': ',
    ranked: 'Ranked mechanisms',
    linkedTo: 'linked to',
    countOf: (count: number, selected: number) => `${count} of ${selected} ${selected === 1 ? 'selected finding' : 'selected findings'}`,
    separator: ', ',
    best: (level: string, label: string) => `best evidence: level ${level} (${label.toLowerCase()})`,
    ungraded: 'no graded statement on these links',
  },
  {
    prompt: '请选择一个或多个检测结果，以查看与之关联的耐药机制。',
    status: (mechanisms: number, selected: number) => `${mechanisms}种耐药机制与${selected}个所选检测结果相关联。`,
    findings: '检测结果',
    show: '显示关联的耐药机制',
    clear: '清除选择',
    results: '关联的耐药机制',
    about: '关于所选检测结果',
    unlinked: '（未关联耐药机制）',
    colon: '：',
    ranked: '排序后的耐药机制',
    linkedTo: '关联',
    countOf: (count: number, selected: number) => `${selected}个所选检测结果中的${count}个`,
    separator: '、',
    best: (level: string, label: string) => `最佳证据：${level} 级（${label}）`,
    ungraded: '这些关联均无分级陈述',
  },
);
