/** The frontmatter types of every kind, in one import (inferred from the kinds' schemas). */
export type { BiomarkerData, FindingData } from './biomarker';
export type { CellOrMoleculeData } from './cell-or-molecule';
export type { MechanismData } from './mechanism';
export type { StrategyData } from './strategy';
export type { TopicData } from './topic';
export type ConceptData = import('zod').output<typeof import('./concept').conceptSchema>;
export type { EntryData } from './index';
