/** The corpus-wide passes, in one list. Each is pure and tested alone; their order cannot change the result. */
import { citations } from './citations';
import type { CorpusPass } from './context';
import { duplicateIds } from './duplicate-ids';
import { evidenceStatements } from './evidence-statements';
import { kindChecks } from './kind-checks';
import { linksAndAnchors } from './links-and-anchors';
import { reachability } from './reachability';
import { relationTargets } from './relation-targets';

export const CORPUS_PASSES: readonly CorpusPass[] = [duplicateIds, relationTargets, citations, linksAndAnchors, reachability, evidenceStatements, kindChecks];

export type { CorpusContext, CorpusPass, FileRecord } from './context';
