import { formatIssue, formatReport, type ContentIssue } from '@/lib/content/issues';
import { getSite } from '@/lib/site/get-site';
import { strings } from '@/lib/i18n/strings';
import { text } from '../i18n/locale';

export const PROBLEMS_TEXT = strings(
  {
    heading: (n: number) => `This entry has ${n === 1 ? 'a problem' : `${n} problems`}`,
    fixIn: (n: number) => `Fix ${n === 1 ? 'it' : 'them'} in `,
    fixAfter: ' and reload: the page returns as soon as the file is valid. Other pages keep working.',
    banner: (n: number, files: number) => `Content problems: ${n} in ${files} file${files === 1 ? '' : 's'} (shown by `,
    bannerMid: ' only; ',
    bannerEnd: ' stops on them)',
  },
  {
    heading: (n: number) => `此条目有${n}个问题`,
    fixIn: () => '请在 ',
    fixAfter: ' 中修正后重新加载：文件一旦有效，页面即会恢复。其他页面不受影响。',
    banner: (n: number, files: number) => `内容问题：${files}个文件中共${n}个（仅在 `,
    bannerMid: ' 中显示；',
    bannerEnd: ' 遇到这些问题会中止）',
  },
);

/**
 * `next dev` only: the located report of an entry whose file has problems, in place of its page. Issue text is
 * rendered as React text (escaped), never parsed as HTML.
 */
export function EntryProblems({ file, issues }: { file: string; issues: readonly ContentIssue[] }) {
  const t = text(PROBLEMS_TEXT);
  return (
    <section role="alert" aria-labelledby="content-problems-title" className="callout callout-review-slip">
      <h1 id="content-problems-title" className="text-2xl font-bold m-0 mb-2">
        {t.heading(issues.length)}
      </h1>
      <p className="m-0 mb-2">
        {t.fixIn(issues.length)}
        <code>{file}</code>
        {t.fixAfter}
      </p>
      <pre className="whitespace-pre-wrap text-sm m-0" lang="en">
        <code>{issues.map(formatIssue).join('\n')}</code>
      </pre>
    </section>
  );
}

/** `next dev` only: every content problem, folded, on every page while any exists (the build would stop on them). */
export async function ContentProblemsBanner() {
  const { corpus } = await getSite();
  if (corpus.issues.length === 0) return null;
  const files = new Set(corpus.issues.map((i) => i.file)).size;
  const t = text(PROBLEMS_TEXT);
  return (
    <details role="status" className="callout callout-review-slip mx-auto w-full max-w-6xl">
      <summary>
        {t.banner(corpus.issues.length, files)}
        <code>npm run dev</code>
        {t.bannerMid}
        <code>npm run build</code>
        {t.bannerEnd}
      </summary>
      <pre className="whitespace-pre-wrap text-sm m-0 mt-2" lang="en">
        <code>{formatReport(corpus.issues, corpus.fileCount)}</code>
      </pre>
    </details>
  );
}
