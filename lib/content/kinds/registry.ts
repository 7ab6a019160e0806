/**
 * The registered kinds, in the order the site lists them. Adding a kind is one line here (and its file and
 * content folder); everything else derives from this list through ./index.ts.
 */
import { biomarker } from './biomarker';
import { cellOrMolecule } from './cell-or-molecule';
import { concept } from './concept';
import { drug } from './drug';
import { mechanism } from './mechanism';
import { strategy } from './strategy';
import { topic } from './topic';
import { trial } from './trial';

export const KIND_DEFS = [mechanism, biomarker, cellOrMolecule, strategy, trial, drug, concept, topic] as const;
