/** The ONLY module in lib/ that touches the file system: it lists and reads the content folder. */
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compilerInputs, compilerKey } from '../mdx/compiler-key';
import { issue, type ContentIssue } from './issues';
import { decodeContent } from './parse-entry';

export interface RawFile {
  /** Path relative to `root`, with forward slashes (content/mechanisms/x.mdx). */
  path: string;
  /** The decoded text; empty when the file is `unreadable`. */
  text: string;
  /** Why the file could not be read or decoded, as a located issue. Such a file is still listed, never dropped. */
  unreadable?: ContentIssue;
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'unknown error';
}

/** The issue for a path that exists in its folder but cannot be opened. */
function unreadableIssue(abs: string, rel: string, e: unknown): ContentIssue {
  let link: string | null = null;
  try {
    if (lstatSync(abs).isSymbolicLink()) link = readlinkSync(abs);
  } catch {
    /* not even lstat works: report the original error */
  }
  const code = errorCode(e);
  if (link !== null && (code === 'ENOENT' || code === 'ENOTDIR')) {
    return issue(rel, 1, 1, 'file', `The file is a symbolic link to "${link}", which does not exist`, 'Point the link at an existing file, or replace the link with the file itself.');
  }
  if (code === 'ELOOP') return issue(rel, 1, 1, 'file', 'The file is a symbolic link that points back to itself', 'Replace the link with the file itself.');
  if (code === 'EACCES' || code === 'EPERM') {
    return issue(rel, 1, 1, 'file', 'The file cannot be read (permission denied)', `Make it readable, e.g. chmod a+r ${rel}`);
  }
  return issue(rel, 1, 1, 'file', `The file cannot be read (${code})`, 'Check that it is a regular file you can open, or remove it.');
}

/**
 * Reads every file under `root/dir` (recursively, sorted), skipping dot-files, and decodes it as strict UTF-8.
 * Never throws for one file: a file that cannot be listed, opened or decoded comes back with `unreadable` set.
 */
export function readContentFiles(root: string, dir = 'content'): RawFile[] {
  const out: RawFile[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const visit = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      const path = rel(p);
      let bytes: Uint8Array;
      try {
        if (statSync(p).isDirectory()) {
          visit(p);
          continue;
        }
        bytes = readFileSync(p);
      } catch (e) {
        out.push({ path, text: '', unreadable: unreadableIssue(p, path, e) });
        continue;
      }
      const decoded = decodeContent(path, bytes);
      out.push('text' in decoded ? { path, text: decoded.text } : { path, text: '', unreadable: decoded.issue });
    }
  };
  visit(join(/* turbopackIgnore: true */ root, dir));
  return out;
}

/**
 * A cheap fingerprint of the content folder: every file's path, size and modification time (no file is read).
 * It changes when a file is edited, added, removed or renamed; `next dev` compares it on every request.
 */
export function contentStamp(root: string, dir = 'content'): string {
  const parts: string[] = [];
  const visit = (abs: string) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      parts.push(`${relative(root, abs)}:unlistable`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      const rel = relative(root, p);
      try {
        const st = statSync(p);
        if (st.isDirectory()) visit(p);
        else parts.push(`${rel}:${st.size}:${st.mtimeMs}`);
      } catch {
        parts.push(`${rel}:unreadable`);
      }
    }
  };
  visit(join(/* turbopackIgnore: true */ root, dir));
  return parts.join('\n');
}

/** A directory of small text files used as a key-value store (the compiled-MDX cache). Failures are misses. */
export function fileStore(dir: string): { get(key: string): string | undefined; set(key: string, value: string): void } {
  return {
    get(key) {
      try {
        return readFileSync(join(dir, `${key}.json`), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename, so a parallel build worker never reads a half-written file.
        const tmp = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(tmp, value);
        renameSync(tmp, join(dir, `${key}.json`));
      } catch {
        /* a read-only or full disk only costs a recompile */
      }
    },
  };
}

/** Folder whose files (and what they import) decide the compiler's output. */
export const COMPILER_DIR = 'lib/mdx';

/**
 * The compiled-MDX cache key of the project at `appRoot`: the contents of every file under lib/mdx and of the
 * project files they import, plus the installed versions of the packages they use (lib/mdx/compiler-key.ts).
 * Null when lib/mdx cannot be listed, and then nothing may be cached.
 */
export function readCompilerKey(appRoot: string): string | null {
  let entries: string[];
  try {
    entries = readdirSync(join(appRoot, COMPILER_DIR)).filter((n) => /\.tsx?$/.test(n)).sort().map((n) => `${COMPILER_DIR}/${n}`);
  } catch {
    return null;
  }
  const read = (path: string) => {
    try {
      return readFileSync(join(appRoot, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const inputs = compilerInputs(entries, read);
  const versions: Record<string, string | undefined> = {};
  for (const name of inputs.packages) {
    // mdx-bundler's own dependencies may be nested under it rather than hoisted.
    const text = read(`node_modules/${name}/package.json`) ?? read(`node_modules/mdx-bundler/node_modules/${name}/package.json`);
    versions[name] = text === undefined ? undefined : (JSON.parse(text) as { version?: string }).version;
  }
  return compilerKey(inputs, versions);
}
