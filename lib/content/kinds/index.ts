/**
 * The kind registry: every kind of entry, declared once in its own file and registered here by one line.
 * Page sections, search documents, exports and their JSON Schema, the map, the matrices, the scaffolder and the
 * sitemap all derive from this list. Server-only: client islands import `../vocabulary` and types, and receive
 * kind labels as props.
 *
 * Adding a kind: write lib/content/kinds/<kind>.ts with `defineKind` (copy ./minimal-kind.ts, or run
 * `npm run new -- kind <name> <中文名>`), add it to KIND_DEFS in ./registry.ts, create content/<dir>/. Nothing else
 * is required: tests/unit/content/add-a-kind.test.ts does exactly that in a copy of the repository.
 */
import type { z } from 'zod';
import type { Locale } from '../../i18n/locales';
import type { Badge, CheckContext, Derived, Fact, FactText, FactValue, KindDef, KindMeta, RelationDef, SearchFacets, SectionKey } from './define';
import { KIND_DEFS } from './registry';

export { KIND_DEFS };

type AnyDef = (typeof KIND_DEFS)[number];
export type Kind = AnyDef['meta']['name'];

type DataOf<D> = D extends KindDef<infer N, infer S, infer _R> ? { kind: N } & z.output<S> : never;
/** Frontmatter by kind, as a discriminated union on `kind`, derived from the registry. */
export type EntryData = DataOf<AnyDef>;

type RelKeysOf<D> = D extends KindDef<infer N, infer _S, infer R> ? `${N}.${keyof R & string}` : never;
/** Every typed relation as `<kind>.<field>`: 'mechanism.strategies' | 'strategy.targets' | … */
export type RelationKey = RelKeysOf<AnyDef>;

/** Kind names in registry order. */
export const KINDS: readonly Kind[] = KIND_DEFS.map((d) => d.meta.name);

/** Names and labels by kind (the client-safe part: plain strings). */
export const KIND_INFO = Object.fromEntries(KIND_DEFS.map((d) => [d.meta.name, d.meta])) as Record<Kind, KindMeta<Kind>>;

const BY_NAME = new Map<string, AnyDef>(KIND_DEFS.map((d) => [d.meta.name, d]));

/** True when `s` names a registered kind. */
export function isKind(s: string): s is Kind {
  return BY_NAME.has(s);
}

/** The declaration of a kind. */
export function kindDef(kind: Kind): AnyDef {
  return BY_NAME.get(kind)!;
}

/** Looks up the kind whose folder is `dir`; undefined for a folder that is no kind. */
export function kindFromDir(dir: string): Kind | undefined {
  return KIND_DEFS.find((d) => d.meta.dir === dir)?.meta.name;
}

/** One typed relation with its key, owner kind and field. */
export interface Relation extends RelationDef<Kind> {
  key: RelationKey;
  kind: Kind;
  field: string;
}

/** Every relation of every kind, in registry then declaration order. */
export const RELATIONS: readonly Relation[] = KIND_DEFS.flatMap((d) =>
  Object.entries(d.relations as Record<string, RelationDef<Kind>>).map(([field, r]) => ({ ...r, key: `${d.meta.name}.${field}` as RelationKey, kind: d.meta.name, field })),
);

const RELATION_BY_KEY = new Map<string, Relation>(RELATIONS.map((r) => [r.key, r]));

/** The relation declared under `key`. */
export function relation(key: RelationKey): Relation {
  return RELATION_BY_KEY.get(key)!;
}

/** The relations a kind declares, in order. */
export function relationsOf(kind: Kind): Relation[] {
  return RELATIONS.filter((r) => r.kind === kind);
}

/** The ids an entry lists under one of its relations (an empty list when the field is unset). */
export function relationTargets(entry: EntryData, r: Relation): readonly string[] {
  const value: unknown = (entry as Record<string, unknown>)[r.field];
  return Array.isArray(value) ? (value as string[]) : [];
}

/** What the dispatch helpers below call on a kind's declaration, typed for any entry. */
interface EntrySpec {
  facts?: (e: EntryData, derived: Derived, t: FactText) => Fact[];
  badges?: (e: EntryData, derived: Derived, locale: Locale) => Badge[];
  derive?: (e: EntryData & { id: string }, ctx: CheckContext) => Derived;
  search?: (e: EntryData) => { terms?: readonly string[]; names?: readonly string[]; facets?: SearchFacets };
  classification: { of: (e: EntryData, derived: Derived) => Record<string, unknown> };
  sources?: (e: EntryData) => { key: string; path: (string | number)[] }[];
}

/**
 * The declaration of `entry`'s kind, typed for that entry. Sound because `entry.kind` was attached by that very
 * declaration's `validate`, after its schema accepted the data; TypeScript cannot follow the correlation between
 * a union of declarations and a union of entries, so this is the one place that says so.
 */
function specFor(entry: EntryData): EntrySpec {
  return kindDef(entry.kind) as unknown as EntrySpec;
}

/** The kind-specific sections of a kind's entry page, in order (empty when it declares none). */
export function sectionsOf(kind: Kind): readonly SectionKey[] {
  return kindDef(kind).sections ?? [];
}

/** English text as it is: what `facts` read for prose fields on an English page. */
const ENGLISH_FACT_TEXT: FactText = { locale: 'en', prose: (_path, english) => english };

/** A key-facts row as a page shows it: the label in the page's language, and the value. */
export type ShownFact = readonly [label: string, value: Exclude<FactValue, null | undefined>];

/**
 * Key facts of an entry's page (kind-specific rows; empty values dropped), labelled in `t.locale` (English, with the
 * English prose fields, when `t` is not given).
 */
export function factsOf(entry: EntryData & { derived?: Derived }, t: FactText = ENGLISH_FACT_TEXT): ShownFact[] {
  return (specFor(entry).facts?.(entry, entry.derived ?? {}, t) ?? []).flatMap(([label, v]): ShownFact[] =>
    v === undefined || v === null || v === '' || (typeof v === 'object' && v.text === '') ? [] : [[label[t.locale], v]],
  );
}

/** Classification badges of an entry (after its kind badge), in `locale` (English by default). */
export function badgesOf(entry: EntryData & { derived?: Derived }, locale: Locale = 'en'): Badge[] {
  return specFor(entry).badges?.(entry, entry.derived ?? {}, locale) ?? [];
}

/** What an entry's kind derives from the rest of the corpus (empty when the kind derives nothing). */
export function deriveOf(entry: EntryData & { id: string }, ctx: CheckContext): Derived {
  return specFor(entry).derive?.(entry, ctx) ?? {};
}

/** Extra search terms, the entry's own names (see the kind's `search`) and facets of an entry. */
export function searchOf(entry: EntryData): { terms: readonly string[]; names: readonly string[]; facets: SearchFacets } {
  const s = specFor(entry).search?.(entry) ?? {};
  return { terms: s.terms ?? [], names: s.names ?? [], facets: s.facets ?? {} };
}

/**
 * Bibliography keys an entry cites through structured data (evidence statements, and the kind's own sources such as
 * outcome and approval sources), each with its frontmatter path.
 */
export function structuredSourcesOf(entry: EntryData): { key: string; path: (string | number)[] }[] {
  const statements = entry.evidence.flatMap((st, i) => st.sources.map((key, j) => ({ key, path: ['evidence', i, 'sources', j] })));
  return [...statements, ...(specFor(entry).sources?.(entry) ?? [])];
}

/** The export classification of an entry. */
export function classificationOf(entry: EntryData & { derived?: Derived }): Record<string, unknown> {
  return specFor(entry).classification.of(entry, entry.derived ?? {});
}

export type { Badge, BilingualLabel, Derived, Fact, FactText, FactValue, KindDef, KindMeta, RelationDef, SearchFacets, SectionKey } from './define';
export { SECTION_KEYS } from './define';
export type { DerivedStage, StageBasis } from './strategy-stage';
export * from '../vocabulary';

/**
 * The canonical form of a relation. Two relations that state the same fact from both ends (`sameFactAs`) share one
 * canonical relation: the one whose kind comes first in the registry. `flipped` is true when `key` reads from the
 * canonical relation's target to its source, so its source and target must be swapped.
 */
export function canonicalRelation(key: RelationKey): { relation: Relation; flipped: boolean } {
  const r = relation(key);
  if (!r.sameFactAs) return { relation: r, flipped: false };
  const other = RELATION_BY_KEY.get(r.sameFactAs);
  if (!other) return { relation: r, flipped: false };
  const order = (k: Kind) => KINDS.indexOf(k);
  return order(other.kind) < order(r.kind) ? { relation: other, flipped: true } : { relation: r, flipped: false };
}

/** A relation's label in `locale`. */
export function relationLabel(key: RelationKey, locale: 'en' | 'zh', side: 'label' | 'inverse' = 'label'): string {
  const r = relation(key);
  if (locale === 'zh') return side === 'label' ? r.labelZh : r.inverseZh;
  return r[side];
}
