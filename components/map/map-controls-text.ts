/** The map controls island's strings, English and Chinese: a module of its own, so the island bundles only these. */
import { strings } from '@/lib/i18n/strings';

/** The map island's strings (passed to it as props). */
export const MAP_CONTROLS_TEXT = strings(
  {
    areas: 'Areas',
    kinds: 'Kinds',
    showing: (visible: number, total: number) => `Showing ${visible} of ${total} entries.`,
    details: 'Entry details',
    colon: ': ',
    separator: ', ',
    opens: 'Enter or a click on the node opens the entry.',
    hint: 'Point at a node, or Tab into the map and use the arrow keys, to see its summary here.',
  },
  {
    areas: '领域',
    kinds: '类别',
    showing: (visible: number, total: number) => `显示${total}个条目中的${visible}个。`,
    details: '条目详情',
    colon: '：',
    separator: '、',
    opens: '按回车键或点击节点可打开该条目。',
    hint: '将指针移到节点上，或按 Tab 键进入图谱并使用方向键，即可在此查看其摘要。',
  },
);
