/** Cells and molecules: the immune cells, cytokines and chemokines that shape the response. */
import { z } from 'zod';
import { baseEntry, enumText, idList, RELATED } from './base';
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

export const cellOrMolecule = defineKind({
  meta: {
    name: 'cell-or-molecule',
    dir: 'cells-and-molecules',
    label: 'Cell or molecule',
    plural: 'Cells and molecules',
    labelZh: '细胞与分子',
    blurb: 'The immune cells, cytokines and chemokines that shape the response to checkpoint inhibitors.',
  },
  schema: cellOrMoleculeSchema,
  relations: {
    related: RELATED,
    suppresses: { target: 'cell-or-molecule', label: 'suppresses', inverse: 'suppressed by', description: 'Cell-or-molecule entries this one suppresses.' },
  },
  sections: ['evidence'],
  facts: (e) => [
    ['Type', enumText(e.entityType)],
    ['Role in anti-tumour immunity', enumText(e.role)],
  ],
  badges: (e) => [
    { label: enumText(e.entityType), tone: 'type' },
    { label: enumText(e.role), tone: 'type' },
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
