/**
 * Graded evidence statements: a claim in one or two sentences with its type, direction, level (A–E, modelled on
 * CIViC; see LEVEL_INFO in ../vocabulary), tumour context and sources. They live in the `evidence` block of the
 * entry they mainly concern, and name other entries they concern in `concerns`; a statement id is unique across
 * the corpus and is the statement's anchor (/evidence#<id>).
 */
import { z } from 'zod';
import { DIRECTIONS, EVIDENCE_LEVELS, STATEMENT_TYPES, TUMOUR_CONTEXTS } from '../vocabulary';
import { id, idList, text } from './base-fields';

export const statementSchema = z.strictObject({
  /** Unique across the atlas (kebab-case); the statement's anchor on /evidence. */
  id,
  /** The claim, in one or two sentences, in your own words. */
  claim: text(20, 400),
  /** predictive | prognostic | mechanistic | safety. */
  type: z.enum(STATEMENT_TYPES),
  /** Whether the evidence supports the claim or does not (a negative trial "does not support"). */
  direction: z.enum(DIRECTIONS),
  /** A (validated) … E (inferential); see the scale on /evidence. */
  level: z.enum(EVIDENCE_LEVELS),
  /** Where the evidence comes from: nsclc | other-cancer | preclinical. */
  context: z.enum(TUMOUR_CONTEXTS),
  /** Bibliography keys the statement rests on. At least one. */
  sources: z.array(id).min(1, { error: 'Expected at least one source key' }),
  /** Other entries the statement concerns (the entry that holds it is always concerned). */
  concerns: idList.default([]),
});

export type StatementData = z.output<typeof statementSchema>;
