/** Strings of the mechanism map page (/map) and its island (which gets them as props). */
import { strings } from '@/lib/i18n/strings';
import { rich, type Wrap } from '@/components/pages/rich';

export const MAP_TEXT = strings(
  {
    title: 'Mechanism map',
    altTitle: '耐药机制图谱',
    altLang: 'zh-CN',
    intro: (n: number, asText: Wrap) =>
      rich(
        `${n} resistance mechanisms, grouped by the areas of the source review, with the biomarkers that signal them, the cells and molecules they involve and the strategies studied against them. Every line is a typed relation from an entry; every box opens its entry. The same relations are listed `,
        asText('as text'),
        ' below the map.',
      ),
    help: 'Keyboard: Tab moves into the map; the arrow keys move between entries (Up and Down within a column, Left and Right across columns, Home and End to the ends of a column); Enter opens the entry. The filters hide areas and kinds.',
    legend: 'Legend',
    legendEdge: (label: string, from: string, to: string, arrow: boolean) =>
      `${label} (${from.toLowerCase()} → ${to.toLowerCase()}${arrow ? ', arrow' : ''})`,
    mapLabel: 'Mechanism map',
    nodeLabel: (title: string, kind: string) => `${title} (${kind.toLowerCase()})`,
    asTextTitle: 'The map as text',
    asTextIntro: (em: Wrap) =>
      rich(
        "Every relation drawn on the map, grouped by mechanism and area. The relations come from each entry's typed fields: a mechanism is ",
        em('signalled by'),
        ' biomarkers, ',
        em('targeted by'),
        ' strategies and ',
        em('involves'),
        ' cells and molecules.',
      ),
    suppressors: 'Cells and molecules that suppress others',
  },
  {
    title: '耐药机制图谱',
    altTitle: 'Mechanism map',
    altLang: 'en',
    intro: (n: number, asText: Wrap) =>
      rich(
        `${n}种耐药机制，按来源综述的领域分组，并列出提示这些机制的生物标志物、参与其中的细胞与分子，以及针对它们开展研究的策略。每条连线都是来自某一条目的类型化关系；点击每个方框可打开相应条目。地图下方还以`,
        asText('文字形式'),
        '列出了同样的关系。',
      ),
    help: '键盘操作：按 Tab 键进入图谱；方向键在条目间移动（上、下键在同一列内移动，左、右键在列间移动，Home 和 End 键移至一列的首尾）；按回车键打开条目。筛选项可隐藏领域和类别。',
    legend: '图例',
    legendEdge: (label: string, from: string, to: string, arrow: boolean) => `${label}（${from} → ${to}${arrow ? '，带箭头' : ''}）`,
    mapLabel: '耐药机制图谱',
    nodeLabel: (title: string, kind: string) => `${title}（${kind}）`,
    asTextTitle: '图谱的文字版本',
    asTextIntro: (em: Wrap) =>
      rich(
        '图谱中绘制的全部关系，按耐药机制和领域分组。这些关系来自各条目的类型化字段：耐药机制由生物标志物',
        em('提示'),
        '，被策略',
        em('针对'),
        '，并',
        em('涉及'),
        '细胞与分子。',
      ),
    suppressors: '抑制其他细胞或分子的细胞与分子',
  },
);

export { MAP_CONTROLS_TEXT } from './map-controls-text';
