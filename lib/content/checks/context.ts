/**
 * What the corpus-wide passes read: one record per content file that has a kind and a valid id, whatever else is
 * wrong with it, so that every pass runs over every file and all problems arrive in one run.
 */
import type { CompiledBody } from '../../mdx/compile';
import type { EntryId } from '../ids';
import type { ContentIssue } from '../issues';
import type { EntryData, Kind } from '../kinds';
import type { ParsedYaml } from '../yaml';

export interface FileRecord {
  file: string;
  id: EntryId;
  kind: Kind;
  /** Parsed frontmatter (a mapping) even when it failed validation; undefined when it could not be parsed. */
  raw: Record<string, unknown> | undefined;
  /** Validated frontmatter; null when the schema rejected it. */
  data: EntryData | null;
  yaml: ParsedYaml | null;
  /** Compiled body; null when the file has no parsable frontmatter (the body's start is then unknown). */
  body: CompiledBody | null;
  /** The body's first line with text (1 when unknown), where problems of the whole body are located. */
  bodyLine: number;
  /** The MDX body as written (file-positioned), for the translation checks; absent on synthetic records. */
  source?: string;
}

export interface CorpusContext {
  records: readonly FileRecord[];
  /** Every id in use, with its kind and first file (path order). */
  ids: ReadonlyMap<string, { kind: Kind; file: string }>;
  /** Ids used by more than one file. */
  duplicated: ReadonlySet<string>;
  refKeys: ReadonlySet<string>;
  /** The type of each bibliography item, by key. */
  refTypes: ReadonlyMap<string, string>;
  /** False when the bibliography could not be read: keys are then not checked (its own issue says why). */
  bibliographyReadable: boolean;
  /** Heading anchors by entry id (entries whose body compiled). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A corpus-wide pass: pure and order-independent. */
export type CorpusPass = (ctx: CorpusContext) => ContentIssue[];
