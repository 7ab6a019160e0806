/**
 * What a kind of entry is, declared once: `defineKind` takes everything the site needs to know about one kind
 * (folder, labels, schema, typed relations, page facts and badges, search terms, export classification, scaffold,
 * kind-specific cross-file checks) and the rest of the site derives from the registry in ./index.ts.
 */
import { z } from 'zod';
import type { ContentIssue } from '../issues';
import type { Area, Origin, Timing } from '../vocabulary';
import type { DerivedStage } from './strategy-stage';

/** The client-safe part of a kind: names and labels only. */
export interface KindMeta<N extends string = string> {
  /** The kind's id, used in data (`kind: 'mechanism'`) and in search filters. */
  name: N;
  /** Folder under content/ and first URL segment. */
  dir: string;
  /** Singular label shown on badges. */
  label: string;
  /** Plural label for list pages and navigation. */
  plural: string;
  /** Chinese label. */
  labelZh: string;
  /** One sentence shown on the kind's list page. */
  blurb: string;
  /** The same in Chinese, for the Chinese edition's list page. */
  blurbZh: string;
}

/**
 * A typed relation: a frontmatter field that lists entry ids. `label` reads from the entry to its targets,
 * `inverse` from a target back to the entry. `sameFactAs` names the relation of the target kind that states the
 * same fact from the other end ("mechanism.strategies" and "strategy.targets"); both then merge into one fact.
 */
export interface RelationDef<T extends string = string> {
  /** Kind the listed ids must have; null = any kind. */
  target: T | null;
  /** Reading from the entry to its targets ("signalled by"). */
  label: string;
  /** Reading from a target back to the entry ("signals"). */
  inverse: string;
  /** `label` in Chinese, as the heading of the list of targets on a Chinese page ("提示该机制的生物标志物"). */
  labelZh: string;
  /** `inverse` in Chinese. */
  inverseZh: string;
  /** `<kind>.<field>` of the relation on the target kind that states the same fact. */
  sameFactAs?: string;
  /** One sentence for the export's JSON Schema. */
  description: string;
}

/**
 * Kind-specific sections of an entry page, rendered after the body in the order a kind lists them, each with its
 * table-of-contents item (components/entry/sections maps every key to its component; a section with nothing to
 * show for an entry is left out):
 * - `outcomes`: a trial's outcome records (table, and a forest plot of its hazard ratios);
 * - `stage`: a strategy's derived stage of evidence with the approval or trial that decides it;
 * - `trials-forest`: the trials that test a strategy, with a forest plot across their hazard ratios;
 * - `approvals`: a drug's approvals, grouped by agency, with dates, indications and sources;
 * - `findings`: a biomarker's explorer findings;
 * - `evidence`: the graded statements about the entry (its own and those that name it in `concerns`).
 */
export const SECTION_KEYS = ['outcomes', 'stage', 'trials-forest', 'approvals', 'findings', 'evidence'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A label in both languages of the site (a missing Chinese half is a type error). */
export interface BilingualLabel {
  en: string;
  zh: string;
}

/** A value of the key-facts list: plain text, or text with its language when it is not the page's (lang="en"). */
export type FactValue = string | { text: string; lang?: 'en' | 'zh-CN' } | null | undefined;

/** A row of the key-facts list on an entry page; rows with an empty value are left out. */
export type Fact = readonly [label: BilingualLabel, value: FactValue];

/**
 * What a kind's `facts` and `badges` read besides the entry: the page's language, and the entry's translated prose
 * field at `path` (`population`, `target` …) or its English, marked, when there is no current translation.
 */
export interface FactText {
  locale: 'en' | 'zh';
  prose(path: string, english: string): FactValue;
}

/** Facts about an entry that come from other entries (computed once per build by the kind's `derive`). */
export interface Derived {
  /** A strategy's stage of evidence, from its drugs' approvals and its trials. */
  stage?: DerivedStage;
}

/** A classification badge on entry cards and pages. */
export interface Badge {
  label: string;
  /** CSS class suffix: `badge-${tone}`. */
  tone: string;
  /** Longer explanation (title attribute). */
  title?: string;
}

/** Classification facets that search filters on. */
export interface SearchFacets {
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

/** A position in a frontmatter or body, as checks report it. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One entry as cross-file checks see it: its validated frontmatter (typed loosely: a kind-specific check narrows by
 * `kind`), its file and a way to locate any frontmatter path.
 */
export interface CheckEntry<D = { kind: string }> {
  id: string;
  file: string;
  data: D;
  locate(path: readonly PropertyKey[], key?: boolean): Position;
}

/** Facts about the whole corpus that every cross-file check may read. */
export interface CheckContext<D = { kind: string }> {
  /** Entries whose frontmatter validated, in file order. */
  entries: readonly CheckEntry<D>[];
  /** Every id that exists (valid or not), with its kind and file: one bad file must not cascade. */
  ids: ReadonlyMap<string, { kind: string; file: string }>;
  /** Ids used by more than one file. */
  duplicated: ReadonlySet<string>;
  /** Bibliography keys. */
  refKeys: ReadonlySet<string>;
  /** The type of a bibliography item (journal, regulatory, registry, conference); undefined for an unknown key. */
  refType(key: string): string | undefined;
  /** Label of a kind by name (for messages). */
  kindLabel(kind: string): { label: string; plural: string };
}

/** A cross-file pass: pure, order-independent, tested alone. */
export type CorpusCheck<D = { kind: string }> = (ctx: CheckContext<D>) => ContentIssue[];

/**
 * A value a new entry starts with that the author must replace. `check:content` reports any frontmatter value equal
 * to a placeholder's `value` (in whichever field it is left), located, with `hint`, until it is replaced.
 */
export interface Placeholder {
  /** The text written (matched exactly). Never a valid answer: write a prompt, not a plausible default. */
  value: string;
  /** What to write instead. */
  hint: string;
  /** Written as a one-item list (`field: ["<value>"]`), for list fields such as a relation. */
  list?: boolean;
}

/** A placeholder for an enumeration field: the choices, joined, so that no value is taken by default. */
export function choose(what: string, options: readonly string[]): Placeholder {
  return { value: options.join(' | '), hint: `Choose ${what}: one of ${options.join(', ')}.` };
}

/** A placeholder for a relation that needs at least one id: a one-item list with a prompt, never an existing id. */
export function idsOf(plural: string): Placeholder {
  return { value: `<id of one of the ${plural}>`, hint: `List the ids of the ${plural} (their file names in content/, without .mdx).`, list: true };
}

/** A section of a new entry's body: its heading and the sentence that prompts it (reported until replaced). */
export interface ScaffoldSection {
  heading: string;
  prompt: string;
}

/** What `npm run new -- <kind> <id>` writes for a kind, after the frontmatter every kind shares. */
export interface ScaffoldSpec {
  /**
   * The kind's own frontmatter fields, in order: a string is written as the field's YAML value (`'[]'`, or a block
   * starting with a newline), a Placeholder as its quoted value (reported until replaced).
   */
  fields?: Readonly<Record<string, string | Placeholder>>;
  /** Placeholders written inside a block value of `fields` (an arm's label in a list of arms), reported the same way. */
  inside?: readonly Placeholder[];
  /** The body's sections, in order. */
  sections: readonly ScaffoldSection[];
}

/** Frontmatter keys of `T` whose value is a list of strings: the only fields a relation may name. */
export type IdListKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly string[] ? K : never }[keyof T] & string;

/**
 * What a relation key that names no list-of-ids field of the schema must be: nothing can be, so `tsc` reports the
 * key with this text in the message.
 */
export type NotAnIdListField = 'a relation must name a field of the schema that holds a list of entry ids (idList)';

/** `R`, with every key that is not a list-of-ids field of `T` turned into a type error at that key. */
export type CheckedRelations<T, R> = R & { [K in Exclude<keyof R, IdListKeys<T>>]: NotAnIdListField };

export interface KindSpec<N extends string, S extends z.ZodObject, R extends Partial<Record<IdListKeys<z.output<S>>, RelationDef>>> {
  meta: KindMeta<N>;
  /** The frontmatter schema (extend `baseEntry`); JSDoc on every field. */
  schema: S;
  /**
   * Typed relations by field name: each key names a list-of-ids field of `schema` (a relation on any other field,
   * or on a field the schema does not have, is a type error).
   */
  relations: CheckedRelations<z.output<S>, R>;
  /** Kind-specific sections of the entry page, in order (see SECTION_KEYS). */
  sections?: readonly SectionKey[];
  /** Key facts on the entry page, in order, in the language of `t` (labels in both languages). */
  facts?: (e: z.output<S>, derived: Derived, t: FactText) => Fact[];
  /** Classification badges after the kind badge, in `locale`. */
  badges?: (e: z.output<S>, derived: Derived, locale: 'en' | 'zh') => Badge[];
  /** Facts that come from other entries, computed once per build after the checks. */
  derive?: (e: z.output<S> & { id: string }, ctx: CheckContext) => Derived;
  /**
   * Extra search terms (folded into aliases) and filter facets. `names` are what the entry itself is called besides
   * its title (a drug's codes and brand names, a trial's acronym): a query that is exactly one of them puts the
   * entry first, above pages that merely mention the name.
   */
  search?: (e: z.output<S>) => { terms?: readonly string[]; names?: readonly string[]; facets?: SearchFacets };
  /**
   * The export's `classification` object: a zod shape (documented for the JSON Schema) and the function that fills
   * it. `evidenceContext` is added for every kind.
   */
  classification: { shape: z.ZodRawShape; of: (e: z.output<S>, derived: Derived) => Record<string, unknown> };
  /**
   * Bibliography keys cited by structured fields (outcome and approval sources), with their frontmatter paths:
   * checked like citations and listed among the entry's references.
   */
  sources?: (e: z.output<S>) => { key: string; path: (string | number)[] }[];
  /** A new entry of this kind (`npm run new`): its own fields, with placeholders, and its body sections. */
  scaffold: ScaffoldSpec;
  /** Kind-specific cross-file checks. */
  checks?: readonly CorpusCheck[];
}

/** A declared kind: the spec plus a validator whose output carries the `kind` discriminant. */
export interface KindDef<N extends string = string, S extends z.ZodObject = z.ZodObject, R extends Partial<Record<string, RelationDef>> = Partial<Record<string, RelationDef>>>
  extends Omit<KindSpec<N, S, never>, 'relations'> {
  relations: R;
  /** Validates parsed frontmatter; on success the data carries `kind`. */
  validate(input: unknown): { success: true; data: { kind: N } & z.output<S> } | { success: false; error: z.ZodError };
}

/**
 * Declares a kind. The relation table is checked against the schema at compile time (a relation must name a
 * field that holds a list of ids), and against the registry by a unit test (target kinds and `sameFactAs`).
 */
export function defineKind<N extends string, S extends z.ZodObject, const R extends Partial<Record<IdListKeys<z.output<S>>, RelationDef>>>(
  spec: KindSpec<N, S, R>,
): KindDef<N, S, R> {
  const name = spec.meta.name;
  return {
    ...spec,
    validate(input) {
      const parsed = spec.schema.safeParse(input, { reportInput: true });
      if (!parsed.success) return { success: false, error: parsed.error };
      return { success: true, data: { ...parsed.data, kind: name } };
    },
  };
}

/**
 * The checked entries of one kind, typed by that kind's frontmatter. The pipeline attaches `kind` only after the
 * kind's own schema accepted the data, so the filter is what makes the narrowing true.
 */
export function entriesOfKind<T>(ctx: CheckContext, kind: string): CheckEntry<{ kind: string } & T>[] {
  return ctx.entries.filter((e) => e.data.kind === kind) as CheckEntry<{ kind: string } & T>[];
}
