/**
 * Turns a content file's bytes into text (strict UTF-8), and splits an .mdx file into frontmatter and body and
 * parses the frontmatter YAML, keeping positions.
 */
import { issue, type ContentIssue } from './issues';
import { parseYaml, type ParsedYaml } from './yaml';

export interface ParsedEntry {
  /** Parsed frontmatter value (undefined when it could not be parsed). */
  data: unknown;
  yaml: ParsedYaml | null;
  /** The body with the frontmatter replaced by blank lines, so MDX positions are file positions. */
  body: string;
  issues: ContentIssue[];
}

/** Parses `text` (the whole file). Never throws: problems come back as issues located in `file`. */
export function parseEntry(file: string, text: string): ParsedEntry {
  const issues: ContentIssue[] = [];
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (src.trim() === '') {
    issues.push(issue(file, 1, 1, 'file', 'The file is empty', 'Run `npm run new -- <kind> <id>` to scaffold a valid entry.'));
    return { data: undefined, yaml: null, body: '', issues };
  }
  const lines = src.split('\n');
  if (lines[0].trim() !== '---') {
    issues.push(issue(file, 1, 1, 'frontmatter', 'The file does not start with a frontmatter block', 'Begin the file with a line "---", the YAML fields, then another "---".'));
    return { data: undefined, yaml: null, body: src, issues };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    issues.push(issue(file, 1, 1, 'frontmatter', 'The frontmatter block is not closed', 'Add a line "---" after the last frontmatter field.'));
    return { data: undefined, yaml: null, body: '', issues };
  }
  const fm = lines.slice(1, close).join('\n');
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  const yaml = parseYaml(fm, 1);
  for (const e of yaml.errors) {
    issues.push(issue(file, e.line, e.column, 'frontmatter', `YAML syntax error: ${e.message}`, 'Check indentation, colons and quoting; quote values that contain ": " or start with a special character.'));
  }
  if (yaml.errors.length) return { data: undefined, yaml, body, issues };
  if (yaml.value === null || yaml.value === undefined || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    issues.push(issue(file, 2, 1, 'frontmatter', 'The frontmatter must be a set of "field: value" lines', 'See AUTHORING.md for the fields of each kind.'));
    return { data: undefined, yaml, body, issues };
  }
  return { data: yaml.value, yaml, body, issues };
}

/**
 * Offset of the first byte in `bytes` that does not start a well-formed UTF-8 sequence (lead byte, continuation
 * bytes, no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += len;
  }
  return -1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file as UTF-8, dropping a UTF-8 byte-order mark. Bytes that are not UTF-8 are never replaced
 * by "�": the result is then a located issue naming the first bad byte, its line and its column (in characters).
 */
export function decodeContent(file: string, bytes: Uint8Array): { text: string } | { issue: ContentIssue } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const before = strictUtf8.decode(bytes.subarray(lineStart, at)).replace(/^\uFEFF/, '');
    const column = [...before].length + 1;
    const byte = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16
      ? 'It was saved as UTF-16: save it as UTF-8 (in most editors: Save with Encoding → UTF-8).'
      : 'Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), then retype the character at that place if it looks wrong.';
    return { issue: issue(file, line, column, 'file', `The file is not valid UTF-8 (byte ${byte} at line ${line}, column ${column})`, hint) };
  }
}
