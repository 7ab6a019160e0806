import { formatIssue, formatReport, type ContentIssue } from '@/lib/content/issues';
import { getSite } from '@/lib/site/get-site';

/**
 * `next dev` only: the located report of an entry whose file has problems, in place of its page. Issue text is
 * rendered as React text (escaped), never parsed as HTML.
 */
export function EntryProblems({ file, issues }: { file: string; issues: readonly ContentIssue[] }) {
  return (
    <section role="alert" aria-labelledby="content-problems-title" className="callout callout-review-slip">
      <h1 id="content-problems-title" className="text-2xl font-bold m-0 mb-2">
        This entry has {issues.length === 1 ? 'a problem' : `${issues.length} problems`}
      </h1>
      <p className="m-0 mb-2">
        Fix {issues.length === 1 ? 'it' : 'them'} in <code>{file}</code> and reload: the page returns as soon as the file is valid. Other
        pages keep working.
      </p>
      <pre className="whitespace-pre-wrap text-sm m-0">
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
  return (
    <details role="status" className="callout callout-review-slip mx-auto w-full max-w-6xl">
      <summary>
        Content problems: {corpus.issues.length} in {files} file{files === 1 ? '' : 's'} (shown by <code>npm run dev</code> only;{' '}
        <code>npm run build</code> stops on them)
      </summary>
      <pre className="whitespace-pre-wrap text-sm m-0 mt-2">
        <code>{formatReport(corpus.issues, corpus.fileCount)}</code>
      </pre>
    </details>
  );
}
