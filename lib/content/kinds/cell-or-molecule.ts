/** Cells and molecules: the immune cells, cytokines and chemokines that shape the response. */
import { z } from 'zod';
import { baseEntry, enumLabel, idList, RELATED } from './base';
import { choose, defineKind } from './define';

export const cellOrMoleculeSchema = baseEntry.extend({
  /** What sort of entity this is. */
  entityType: z.enum(['cell', 'cytokine', 'chemokine', 'growth-factor', 'receptor', 'metabolite']),
  /** Its net role in anti-tumour immunity. */
  role: z.enum(['effector', 'suppressive', 'context-dependent']),
  /** Cell-or-molecule entries this one suppresses. */
  suppresses: idList.default([]),
});

export type CellOrMoleculeData = z.output<typeof cellOrMoleculeSchema>;

/** Entity type and role as a Chinese page names them (their badges). */
export const ENTITY_TYPE_ZH: Record<CellOrMoleculeData['entityType'], string> = {
  cell: '细胞',
  cytokine: '细胞因子',
  chemokine: '趋化因子',
  'growth-factor': '生长因子',
  receptor: '受体',
  metabolite: '代谢物',
};
export const ROLE_ZH: Record<CellOrMoleculeData['role'], string> = {
  effector: '效应性',
  suppressive: '抑制性',
  'context-dependent': '依背景而定',
};

export const cellOrMolecule = defineKind({
  meta: {
    name: 'cell-or-molecule',
    dir: 'cells-and-molecules',
    label: 'Cell or molecule',
    plural: 'Cells and molecules',
    labelZh: '细胞与分子',
    blurb: 'The immune cells, cytokines and chemokines that shape the response to checkpoint inhibitors.',
    blurbZh: '影响免疫检查点抑制剂疗效的免疫细胞、细胞因子和趋化因子。',
  },
  schema: cellOrMoleculeSchema,
  relations: {
    related: RELATED,
    suppresses: {
      target: 'cell-or-molecule',
      label: 'suppresses',
      inverse: 'suppressed by',
      labelZh: '所抑制的细胞与分子',
      inverseZh: '抑制本条目的细胞与分子',
      description: 'Cell-or-molecule entries this one suppresses.',
    },
  },
  sections: ['evidence'],
  facts: (e, _d, t) => [
    [{ en: 'Type', zh: '类型' }, enumLabel(e.entityType, t.locale, ENTITY_TYPE_ZH)],
    [{ en: 'Role in anti-tumour immunity', zh: '在抗肿瘤免疫中的作用' }, enumLabel(e.role, t.locale, ROLE_ZH)],
  ],
  badges: (e, _d, locale) => [
    { label: enumLabel(e.entityType, locale, ENTITY_TYPE_ZH), tone: 'type' },
    { label: enumLabel(e.role, locale, ROLE_ZH), tone: 'type' },
  ],
  classification: {
    shape: { entityType: cellOrMoleculeSchema.shape.entityType, role: cellOrMoleculeSchema.shape.role },
    of: (e) => ({ entityType: e.entityType, role: e.role }),
  },
  scaffold: {
    fields: {
      entityType: choose('what it is', cellOrMoleculeSchema.shape.entityType.options),
      role: choose('its role in the anti-tumour response', cellOrMoleculeSchema.shape.role.options),
      suppresses: '[]',
    },
    sections: [
      { heading: 'What it does', prompt: 'Describe its role in the anti-tumour immune response, with citations.' },
      { heading: 'In resistance', prompt: 'Explain how it contributes to resistance to checkpoint inhibitors.' },
    ],
  },
});
