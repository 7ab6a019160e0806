/**
 * Compiles one MDX body with mdx-bundler. The remark plugins run in one fixed list: the allowlist first (it
 * removes unsafe nodes), then headings, links and citations. Returns the code for getMDXComponent and what the
 * plugins collected; syntax errors come back as issues with positions, never as a throw.
 */
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { emptyCollected, type Collected } from './collected';
import { remarkAllowlist } from './remark-allowlist';
import { remarkCollectCitations } from './remark-collect-citations';
import { remarkCollectLinks } from './remark-collect-links';
import { remarkHeadings } from './remark-headings';

export interface CompiledBody extends Collected {
  /** Function body for mdx-bundler's getMDXComponent; empty when the body has issues. */
  code: string;
}

interface VFileMessageLike {
  reason?: string;
  line?: number;
  column?: number;
  cause?: VFileMessageLike;
}

interface EsbuildMessageLike {
  text: string;
  location?: { line: number; column: number } | null;
  detail?: VFileMessageLike;
}

/** Digs the MDX parser's own message and position out of the esbuild wrapper around it. */
export function mdxErrorOf(m: EsbuildMessageLike): { message: string; line: number; column: number } {
  let cause: VFileMessageLike | undefined = m.detail;
  while (cause?.cause && typeof cause.cause === 'object') cause = cause.cause;
  const text = (cause?.reason ?? m.text).replace(/^Cannot process MDX file with esbuild:?\s*/i, '').trim();
  const fromText = /(\d+):(\d+)(?:-\d+:\d+)?\)?\s*$/.exec(text) ?? /^\s*(\d+):(\d+):/m.exec(m.text);
  const line = cause?.line ?? (fromText ? Number(fromText[1]) : m.location?.line || 1);
  const column = cause?.column ?? (fromText ? Number(fromText[2]) : (m.location?.column ?? 0) + 1);
  const message = text.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '').split('\n')[0] || 'unknown error';
  return { message, line, column };
}

function isBuildFailure(e: unknown): e is { errors: EsbuildMessageLike[] } {
  return typeof e === 'object' && e !== null && Array.isArray((e as { errors?: unknown }).errors);
}

/**
 * `body` must keep the file's line numbering: pass the MDX after the frontmatter, with the frontmatter lines
 * replaced by empty lines, so every position refers to the file.
 */
export async function compileMdx(body: string, cwd: string): Promise<CompiledBody> {
  const out = emptyCollected();
  try {
    const result = await bundleMDX({
      source: body,
      cwd,
      mdxOptions(options) {
        // Ours run first: mdx-bundler's defaults add a generated `export const frontmatter`, which the
        // allowlist would otherwise report as an author's export statement.
        options.remarkPlugins = [
          remarkGfm,
          // CommonMark's emphasis rules fail next to Han characters and full-width punctuation
          // (`**…（B2M）**的` stays literal asterisks); this maintained plugin fixes them.
          remarkCjkFriendly,
          remarkAllowlist(out),
          remarkHeadings(out),
          remarkCollectLinks(out),
          remarkCollectCitations(out),
          ...(options.remarkPlugins ?? []),
        ];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
    });
    return { ...out, code: out.issues.length ? '' : result.code };
  } catch (e) {
    if (isBuildFailure(e) && e.errors.length) {
      for (const m of e.errors) {
        const { message, line, column } = mdxErrorOf(m);
        out.issues.push({ line, column, message: `MDX syntax error: ${message}`, hint: syntaxHint(message) });
      }
    } else {
      out.issues.push({
        line: 1,
        column: 1,
        message: `MDX could not be compiled: ${e instanceof Error ? e.message : String(e)}`,
        hint: '',
      });
    }
    return { ...out, code: '' };
  }
}

function syntaxHint(message: string): string {
  if (/closing tag|end tag|expected a closing/i.test(message)) return 'Close every component: <Callout …>…</Callout> or <Cite id="…" />.';
  if (/expression|acorn|brace/i.test(message)) return 'Braces start JavaScript in MDX: escape literal braces as \\{ and \\}.';
  if (/</.test(message)) return 'A literal "<" starts a tag in MDX: write &lt; or rephrase (e.g. "less than").';
  return 'Check the MDX syntax on this line.';
}
