/** Atom feed of entries by last-reviewed date: how a reader follows what changed. */
import type { Entry } from '../content/build-corpus';
import { KIND_INFO } from '../content/kinds';
import { entryHref } from './routes';
import { SITE_NAME } from './metadata';

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The feed document for `entries` (newest review first, at most `limit`). */
export function atomFeed(entries: readonly Entry[], origin: string, limit = 50): string {
  const sorted = [...entries].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.id.localeCompare(b.id)).slice(0, limit);
  const updated = sorted[0]?.lastReviewed ?? '1970-01-01';
  const items = sorted.map((e) => {
    const url = `${origin}${entryHref(e.kind, e.id)}`;
    return [
      '  <entry>',
      `    <title>${xml(`${e.title} (${e.titleZh})`)}</title>`,
      `    <link href="${xml(url)}"/>`,
      `    <id>${xml(url)}</id>`,
      `    <updated>${e.lastReviewed}T00:00:00Z</updated>`,
      `    <category term="${xml(e.kind)}" label="${xml(KIND_INFO[e.kind].label)}"/>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(SITE_NAME)} — recently reviewed</title>`,
    `  <link rel="self" href="${xml(origin)}/feed.xml"/>`,
    `  <link href="${xml(origin)}/"/>`,
    `  <id>${xml(origin)}/</id>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
