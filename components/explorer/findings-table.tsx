import type { Site } from '@/lib/site/get-site';
import type { ExplorerFinding } from '@/lib/explorer/findings';
import { entryHref } from '@/lib/site/routes';

/**
 * Every finding with its biomarker entry and linked mechanisms: the explorer's complete data as a server-rendered
 * table, which is also what a browser without JavaScript gets.
 */
export function FindingsTable({ site, findings }: { site: Site; findings: ExplorerFinding[] }) {
  const link = (id: string) => {
    const e = site.getEntry(id);
    return e ? <a href={entryHref(e.kind, e.id)}>{e.title}</a> : id;
  };
  return (
    <section aria-labelledby="all-findings" className="mt-10">
      <h2 id="all-findings" className="text-2xl font-bold">
        Every finding and its linked mechanisms
      </h2>
      <p className="max-w-3xl">
        The links come from the biomarker entries and the mechanism entries they name; each mechanism page lists the strategies studied
        against it and the sources.
      </p>
      <div className="table-wrap">
        <table className="data">
          <caption className="sr-only">
            Findings, the biomarker entry each belongs to, and the resistance mechanisms it is linked to
          </caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Biomarker entry</th>
              <th scope="col">Linked resistance mechanisms</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={f.id} id={`finding-${f.id}`}>
                <th scope="row">
                  {f.label}{' '}
                  <span lang="zh-Hans" className="muted font-normal">
                    {f.labelZh}
                  </span>
                </th>
                <td>{link(f.biomarker)}</td>
                <td>
                  {f.mechanisms.length ? (
                    <ul className="list-none p-0 m-0">
                      {f.mechanisms.map((m) => (
                        <li key={m}>{link(m)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">None: not a marker of resistance</span>
                  )}
                </td>
                <td>{f.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
