/** Heading anchors: unique within a page (GitHub style), built on the shared slug of lib/core/text.ts. */
import { slug } from '../core/text';

/** The anchor of a heading: lowercase ASCII words and Han characters joined by hyphens; "section" when empty. */
export function slugify(text: string): string {
  return slug(text, 'ascii+han', 'section');
}

/** Returns a function that hands out unique slugs (x, x-1, x-2…) in call order. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text);
    const n = seen.get(base);
    if (n === undefined) {
      seen.set(base, 1);
      return base;
    }
    seen.set(base, n + 1);
    return `${base}-${n}`;
  };
}
