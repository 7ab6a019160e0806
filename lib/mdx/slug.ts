/** Heading slugs: lowercase ASCII words joined by hyphens, unique within a page (GitHub style). */

export function slugify(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/β/g, 'beta')
    .replace(/γ/g, 'gamma')
    .replace(/α/g, 'alpha')
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'section';
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
