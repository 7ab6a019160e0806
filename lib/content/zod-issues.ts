/**
 * Turns zod issues into located, friendly ContentIssues: "expected … received …" wording and a hint that says
 * what to type. Every message shape here is locked by snapshot tests in tests/unit/content/.
 */
import type { z } from 'zod';
import { didYouMean } from '../core/suggest';
import { suggestId } from './ids';
import { issue, type ContentIssue } from './issues';
import type { YamlPosition } from './yaml';

type Locate = (path: readonly PropertyKey[], key?: boolean) => YamlPosition;

/** Renders a frontmatter path as `field[1].sub`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || 'frontmatter';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

/** True for a message a schema wrote itself, not zod's default "Too small: …" / "Too big: …" wording. */
function isCustom(message: string): boolean {
  return !/^Too (small|big)\b/.test(message);
}

/**
 * The hint for an id or key that is not kebab-case. A one-letter slip that breaks the pattern (a capital, an
 * underscore, an accent, a space) stops the entry at validation, before the pass that compares keys with the
 * bibliography and ids with the corpus, so the hint names the kebab-case spelling itself.
 */
function kebabHint(input: unknown): string {
  const fixed = typeof input === 'string' ? suggestId(input) : '';
  const rule = 'Use lowercase letters, digits and hyphens only.';
  return fixed && fixed !== input ? `Did you mean "${fixed}"? ${rule}` : rule;
}

/**
 * The hint for a value of the wrong type: a list's syntax, or the unquoted form of a number or a true/false written
 * as text (`year: '2018'` → `year: 2018`).
 */
function typeHint(expected: string, input: unknown, path: readonly PropertyKey[]): string {
  const key = String(path[path.length - 1] ?? 'field');
  if (expected === 'array') return `Write a YAML list: ${fieldPath(path)}: [a, b]`;
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input))) {
    return `Write the number without quotes: ${key}: ${Number(input)}`;
  }
  if (expected === 'boolean' && typeof input === 'string' && /^(true|false)$/i.test(input.trim())) return `Write it without quotes: ${key}: ${input.trim().toLowerCase()}`;
  return '';
}

/**
 * Converts one zod issue. `knownKeys` feeds "did you mean" for unknown keys; `locate` maps a path to a
 * position in the file.
 */
export function zodIssueToContent(
  zi: z.core.$ZodIssue,
  file: string,
  locate: Locate,
  knownKeys: readonly string[],
): ContentIssue {
  const path = zi.path as PropertyKey[];
  const field = fieldPath(path);
  switch (zi.code) {
    case 'unrecognized_keys': {
      const key = zi.keys[0];
      const at = locate([...path, key], true);
      const guess = didYouMean(key, knownKeys);
      return issue(
        file,
        at.line,
        at.column,
        fieldPath([...path, key]),
        `Unknown field "${key}"${zi.keys.length > 1 ? ` (and ${zi.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : ''}`,
        guess ? `Did you mean "${guess}"?` : `Remove it; allowed fields are: ${knownKeys.join(', ')}.`,
      );
    }
    case 'invalid_type': {
      const at = locate(path);
      const expected = EXPECTED_WORDS[zi.expected] ?? zi.expected;
      if (zi.input === undefined) {
        return issue(file, at.line, at.column, field, `Missing required field "${field}" (expected ${expected})`, `Add "${field}: …" to the frontmatter.`);
      }
      return issue(file, at.line, at.column, field, `Expected ${expected}, received ${describe(zi.input)}`, typeHint(zi.expected, zi.input, path));
    }
    case 'invalid_value': {
      const at = locate(path);
      const allowed = zi.values.map((v) => JSON.stringify(v)).join(' | ');
      if (zi.input === undefined) {
        return issue(file, at.line, at.column, field, `Missing required field "${field}" (expected one of ${allowed})`, `Add "${String(path[path.length - 1] ?? field)}: …" to the frontmatter, with one of: ${zi.values.join(', ')}.`);
      }
      const guess = typeof zi.input === 'string' ? didYouMean(zi.input, zi.values.map(String)) : undefined;
      return issue(file, at.line, at.column, field, `Expected one of ${allowed}, received ${describe(zi.input)}`, guess ? `Did you mean "${guess}"?` : `Use one of: ${zi.values.join(', ')}.`);
    }
    case 'too_small': {
      const at = locate(path);
      const len = typeof zi.input === 'string' ? zi.input.trim().length : Array.isArray(zi.input) ? zi.input.length : undefined;
      if (zi.origin === 'string') {
        if (len === 0) return issue(file, at.line, at.column, field, `"${field}" is empty`, 'Write the text, or remove the field if it is optional.');
        return issue(file, at.line, at.column, field, `Too short: expected at least ${String(zi.minimum)} characters, received ${len}`, 'Say a little more.');
      }
      if (zi.origin === 'array') {
        const hint = /(^|\.)(sources|references)$/.test(field) ? `Add the key of a source in content/references.yaml to "${field}".` : `Add ids to "${field}".`;
        return issue(file, at.line, at.column, field, zi.message.startsWith('Expected at least') ? `${zi.message}, received ${len ?? 0}` : `Expected at least ${String(zi.minimum)} item(s), received ${len ?? 0}`, hint);
      }
      // A schema's own wording ("A P value must be greater than 0") beats the generic one; an exclusive bound is "more than".
      if (isCustom(zi.message)) return issue(file, at.line, at.column, field, `${zi.message}, received ${describe(zi.input)}`);
      return issue(file, at.line, at.column, field, `Too small: expected ${zi.inclusive === false ? 'more than' : 'at least'} ${String(zi.minimum)}, received ${describe(zi.input)}`);
    }
    case 'too_big': {
      const at = locate(path);
      if (zi.origin === 'string') {
        const len = typeof zi.input === 'string' ? zi.input.trim().length : 0;
        return issue(file, at.line, at.column, field, `Too long: expected at most ${String(zi.maximum)} characters, received ${len}`, 'Shorten it; put detail in the body.');
      }
      if (isCustom(zi.message)) return issue(file, at.line, at.column, field, `${zi.message}, received ${describe(zi.input)}`);
      return issue(file, at.line, at.column, field, `Too big: expected ${zi.inclusive === false ? 'less than' : 'at most'} ${String(zi.maximum)}, received ${describe(zi.input)}`);
    }
    case 'invalid_format': {
      const at = locate(path);
      const message = `${zi.message}, received ${describe(zi.input)}`;
      if (zi.format === 'date') return issue(file, at.line, at.column, field, message, 'Write the date as YYYY-MM-DD, e.g. 2026-11-24.');
      if (zi.format === 'url') return issue(file, at.line, at.column, field, message, 'Write the full https:// address of the page.');
      if (zi.format === 'regex' && /kebab-case/.test(zi.message)) return issue(file, at.line, at.column, field, message, kebabHint(zi.input));
      return issue(file, at.line, at.column, field, message);
    }
    case 'invalid_union': {
      const at = locate(path);
      return issue(file, at.line, at.column, field, `${zi.message}, received ${describe(zi.input)}`);
    }
    case 'custom': {
      // Refinements carry their own hint in params (see lib/content/references.ts).
      const at = locate(path);
      const hint = typeof zi.params?.hint === 'string' ? zi.params.hint : '';
      return issue(file, at.line, at.column, field, zi.message, hint);
    }
    default: {
      const at = locate(path);
      return issue(file, at.line, at.column, field, zi.message);
    }
  }
}
