/**
 * The language of the page being rendered, for server components. Each page and layout sets it first thing
 * (setLocale), and every server component below reads it (getLocale) instead of threading a prop through every
 * level. React's cache() scopes the value to one render (one request, or one page of the static build), so two
 * pages rendered at once never see each other's language. Outside a React server render it is always English.
 * Client islands cannot read it: they get their locale and strings as props.
 */
import { cache } from 'react';
import { localizeHref, type Locale } from '@/lib/i18n/locales';
import type { Translation } from '@/lib/i18n/strings';
import { formatDate } from '@/lib/i18n/format';

const current = cache((): { locale: Locale } => ({ locale: 'en' }));

export function setLocale(locale: Locale): void {
  current().locale = locale;
}

export function getLocale(): Locale {
  return current().locale;
}

/** The strings of `table` in the page's language. */
export function text<T>(table: Record<Locale, Translation<T>>): Translation<T> {
  return table[getLocale()];
}

/** A page link in the page's language ("/map" → "/zh/map" on a Chinese page). */
export function href(path: string): string {
  return localizeHref(getLocale(), path);
}

/** An ISO date as the page's language writes it. */
export function date(iso: string): string {
  return formatDate(getLocale(), iso);
}
