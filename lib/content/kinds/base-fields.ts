/** Field builders shared by kind schemas: ids, dates, text, Chinese text. */
import { z } from 'zod';
import { ID_PATTERN } from '../ids';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** An entry id in kebab-case. */
export const id = z.string().regex(ID_PATTERN, { error: 'Expected an entry id in kebab-case (lowercase letters, digits, hyphens)' });
/** A list of entry ids. */
export const idList = z.array(id);

/** ISO calendar date that exists (2026-02-30 is rejected). */
export const isoDate = z.iso.date({ error: 'Expected an ISO date YYYY-MM-DD' });

/** Trimmed text between `min` and `max` characters. */
export const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** Text that must contain Chinese characters. */
export const chinese = (max: number, field: string) => text(1, max).regex(CJK, { error: `Expected Chinese characters in ${field}` });
