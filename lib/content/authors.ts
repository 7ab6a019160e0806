/**
 * Structured authors: the one schema for an author and the one place that turns authors into text.
 * Every display, export and JSON-LD writer goes through these functions; nothing re-parses author prose.
 */
import { z } from 'zod';

/** A person, by family name and (optionally) given names or initials as printed ("JA", "Jesse M."). */
export const personSchema = z.strictObject({
  /** Family name as printed, particles included ("de Marinis", "Provencio Pulla", "O'Brien"). */
  family: z.string().trim().min(1).max(80),
  /** Given names or initials ("JA" or "Jesse M."); omit when only the surname is known. */
  given: z.string().trim().min(1).max(80).optional(),
});

/** A group author kept as written ("SITC Immunotherapy Resistance Taskforce", "KEYNOTE-024 Investigators"). */
export const groupSchema = z.strictObject({
  /** The group's name as printed. */
  literal: z.string().trim().min(2).max(200),
});

/** One author: a person `{ family, given? }` or a group `{ literal }`. */
export const authorSchema = z.union([personSchema, groupSchema], {
  error: 'Expected an author as { family, given? } or a group as { literal }',
});

export type Person = z.infer<typeof personSchema>;
export type GroupAuthor = z.infer<typeof groupSchema>;
export type Author = z.infer<typeof authorSchema>;

/** Narrows an author to a person. */
export function isPerson(a: Author): a is Person {
  return 'family' in a;
}

/**
 * Vancouver initials from given names: "JA" stays "JA", "Jesse M." becomes "JM", "Jean-Pierre" becomes "JP".
 * Text already made of capitals (with optional dots/spaces/hyphens) is kept as letters only.
 */
export function vancouverInitials(given: string): string {
  const g = given.trim();
  if (/^(?:\p{Lu}[.\s-]*){1,5}$/u.test(g)) return g.replace(/[^\p{Lu}]/gu, '');
  return g
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** Dotted initials for citation managers: "JA" → "J. A.", "Jesse M." stays "Jesse M.". */
export function dottedGiven(given: string): string {
  const g = given.trim();
  if (/^\p{Lu}{1,5}$/u.test(g)) return g.replace(/(\p{Lu})/gu, '$1.').replace(/\.(?=\p{Lu})/gu, '. ');
  return g;
}

/** One author in Vancouver style: "Sharma P", "Vijayan", or the group's name. */
export function vancouverName(a: Author): string {
  if (!isPerson(a)) return a.literal;
  return a.given ? `${a.family} ${vancouverInitials(a.given)}` : a.family;
}

/**
 * The author list as a reader sees it: "Sharma P, Hu-Lieskovan S, Wargo JA, Ribas A", with ", et al." when the
 * list is incomplete. An empty list gives "" (the caller then starts the reference with its title).
 */
export function formatAuthorList(authors: readonly Author[], complete: boolean): string {
  if (!authors.length) return '';
  const names = authors.map(vancouverName).join(', ');
  return complete ? names : `${names}, et al.`;
}

/** The first author's family name (or group name) for sorting and short labels; undefined for an empty list. */
export function firstAuthorName(authors: readonly Author[]): string | undefined {
  const a = authors[0];
  if (!a) return undefined;
  return isPerson(a) ? a.family : a.literal;
}

/** BibTeX name list: "Sharma, P. and {KEYNOTE-024 Investigators} and others" (others when incomplete). */
export function bibtexAuthors(authors: readonly Author[], complete: boolean, escape: (s: string) => string): string {
  const names = authors.map((a) => {
    if (!isPerson(a)) return `{${escape(a.literal)}}`;
    return a.given ? `${escape(a.family)}, ${escape(dottedGiven(a.given))}` : escape(a.family);
  });
  if (!complete && names.length) names.push('others');
  return names.join(' and ');
}

/** RIS AU values: "Sharma, P." for a person, the name as written for a group. */
export function risAuthors(authors: readonly Author[]): string[] {
  return authors.map((a) => (isPerson(a) ? (a.given ? `${a.family}, ${dottedGiven(a.given)}` : a.family) : a.literal));
}

/** A CSL-JSON name (citation-style-language schema 1.0.2). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** CSL-JSON names: `{ family, given }` with dotted initials, `{ literal }` for a group. */
export function cslAuthors(authors: readonly Author[]): CslName[] {
  return authors.map((a) => (isPerson(a) ? { family: a.family, ...(a.given ? { given: dottedGiven(a.given) } : {}) } : { literal: a.literal }));
}

/** schema.org authors for JSON-LD: Person with family/given names, Organization for a group. */
export function schemaOrgAuthors(authors: readonly Author[]): Record<string, string>[] {
  return authors.map((a) =>
    isPerson(a)
      ? { '@type': 'Person', name: vancouverName(a), familyName: a.family, ...(a.given ? { givenName: a.given } : {}) }
      : { '@type': 'Organization', name: a.literal },
  );
}
