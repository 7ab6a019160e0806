/**
 * Typed interface strings. Each area of the site declares its strings once, English and Chinese side by side:
 *
 *   export const ENTRY_TEXT = strings({ related: 'Related entries' }, { related: '相关条目' });
 *
 * The Chinese half must have exactly the English half's keys, with the same function signatures: a missing or
 * misspelt Chinese key is a type error. Read them with `ENTRY_TEXT[locale]`.
 */
import type { Locale } from './locales';

/** The shape every translation of `T` must have: same keys, strings as strings, functions with the same signature. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : T[K] extends readonly unknown[]
        ? T[K]
        : T[K] extends object
          ? Translation<T[K]>
          : T[K];
};

export function strings<T extends object>(en: T, zh: NoInfer<Translation<T>>): Record<Locale, Translation<T>> {
  return { en: en as Translation<T>, zh };
}
