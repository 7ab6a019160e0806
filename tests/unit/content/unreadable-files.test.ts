/**
 * Files that cannot be read: bytes that are not UTF-8, a file without read permission, a dangling symbolic link.
 * Each is one located issue on that file, counted in fileCount, never published with "�", never a stack trace.
 */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { decodeContent, firstInvalidUtf8 } from '@/lib/content/parse-entry';
import { readContentFiles } from '@/lib/content/read-files';
import { build, goodFiles } from '../../helpers/make-corpus';
import { writeTempCorpus } from '../../helpers/temp-corpus';

// A file named locked.mdx fails to open as it would without read permission (tests run as root here, for whom
// chmod 000 changes nothing), through the same fs call read-files.ts makes.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('locked.mdx')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const C = 'content/concepts/c-one.mdx';
const goodText = (path: string) => goodFiles().find((f) => f.path === path)!.text;
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** The good corpus on disk, plus `extra` raw files written as bytes, read back by readContentFiles and built. */
async function buildOnDisk(extra: Record<string, Uint8Array>, links: Record<string, string> = {}) {
  const root = writeTempCorpus(goodFiles(), 'atlas-unreadable-');
  try {
    for (const [path, bytes] of Object.entries(extra)) writeFileSync(join(root, path), bytes);
    for (const [path, target] of Object.entries(links)) symlinkSync(target, join(root, path));
    const corpus = await build(readContentFiles(root));
    return { corpus, report: corpus.issues.map(formatIssue) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('decodeContent', () => {
  it('locates bytes FF FE inside a body by line and character column', () => {
    const bytes = concat(utf8('---\ntitle: x\n肿瘤 and '), Uint8Array.of(0xff, 0xfe), utf8(' more\n'));
    const r = decodeContent(C, bytes);
    expect('issue' in r && formatIssue(r.issue)).toMatchInlineSnapshot(`"content/concepts/c-one.mdx:3:8  file  The file is not valid UTF-8 (byte 0xFF at line 3, column 8)  → hint: Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), then retype the character at that place if it looks wrong."`);
  });

  it('says UTF-16 when the file starts with its byte-order mark', () => {
    const r = decodeContent(C, concat(Uint8Array.of(0xff, 0xfe), utf8('-\0-\0-\0')));
    expect('issue' in r && formatIssue(r.issue)).toMatchInlineSnapshot(`"content/concepts/c-one.mdx:1:1  file  The file is not valid UTF-8 (byte 0xFF at line 1, column 1)  → hint: It was saved as UTF-16: save it as UTF-8 (in most editors: Save with Encoding → UTF-8)."`);
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeContent(C, concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('---\n')))).toEqual({ text: '---\n' });
  });

  it('finds the first malformed sequence: truncated, overlong, surrogate, out of range', () => {
    expect(firstInvalidUtf8(utf8('ok 肿瘤 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe8, 0x82, 0x41))).toBe(1); // 3-byte sequence cut short
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toBe(1); // UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0x80))).toBe(1); // stray continuation byte
  });
});

describe('content files that cannot be read', () => {
  it('bytes FF FE inside a body: one located issue, and the entry is not published', async () => {
    const text = goodText(C);
    const at = text.indexOf('A concept');
    const bytes = concat(utf8(text.slice(0, at)), Uint8Array.of(0xff, 0xfe), utf8(text.slice(at)));
    const { corpus, report } = await buildOnDisk({ [C]: bytes });
    expect(report).toMatchInlineSnapshot(`
      [
        "content/concepts/c-one.mdx:13:1  file  The file is not valid UTF-8 (byte 0xFF at line 13, column 1)  → hint: Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), then retype the character at that place if it looks wrong.",
      ]
    `);
    expect(corpus.entries.map((e) => e.id)).not.toContain('c-one');
    expect(JSON.stringify(corpus.entries)).not.toContain('\uFFFD');
    expect(corpus.fileCount).toBe(6);
  });

  it('bytes FF FE at the start: the encoding is named, not "no frontmatter"', async () => {
    const { report } = await buildOnDisk({ [C]: concat(Uint8Array.of(0xff, 0xfe), utf8(goodText(C))) });
    expect(report).toMatchInlineSnapshot(`
      [
        "content/concepts/c-one.mdx:1:1  file  The file is not valid UTF-8 (byte 0xFF at line 1, column 1)  → hint: It was saved as UTF-16: save it as UTF-8 (in most editors: Save with Encoding → UTF-8).",
      ]
    `);
  });

  it('a UTF-8 byte-order mark is fine', async () => {
    const { corpus } = await buildOnDisk({ [C]: concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(goodText(C))) });
    expect(corpus.issues).toEqual([]);
    expect(corpus.entries.find((e) => e.id === 'c-one')?.title).toBe('Concept one');
  });

  it('a file without read permission', async () => {
    const { corpus, report } = await buildOnDisk({ 'content/concepts/locked.mdx': utf8(goodText(C)) });
    expect(report).toMatchInlineSnapshot(`
      [
        "content/concepts/locked.mdx:1:1  file  The file cannot be read (permission denied)  → hint: Make it readable, e.g. chmod a+r content/concepts/locked.mdx",
      ]
    `);
    expect(corpus.fileCount).toBe(7);
  });

  it('a dangling symbolic link', async () => {
    const { corpus, report } = await buildOnDisk({}, { 'content/concepts/gone.mdx': 'drafts/gone.mdx' });
    expect(report).toMatchInlineSnapshot(`
      [
        "content/concepts/gone.mdx:1:1  file  The file is a symbolic link to "drafts/gone.mdx", which does not exist  → hint: Point the link at an existing file, or replace the link with the file itself.",
      ]
    `);
    expect(corpus.fileCount).toBe(7);
  });

  it('a bibliography that is not UTF-8: one issue, no cascade of unknown keys', async () => {
    const refs = goodText('content/references.yaml');
    const { report } = await buildOnDisk({ 'content/references.yaml': concat(utf8(refs.slice(0, 10)), Uint8Array.of(0xfe), utf8(refs.slice(10))) });
    expect(report).toMatchInlineSnapshot(`
      [
        "content/references.yaml:1:11  file  The file is not valid UTF-8 (byte 0xFE at line 1, column 11)  → hint: Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), then retype the character at that place if it looks wrong.",
      ]
    `);
  });
});
