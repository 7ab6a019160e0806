import type { Site } from '@/lib/site/get-site';
import type { ExplorerFinding } from '@/lib/explorer/findings';
import { entryHref } from '@/lib/site/routes';
import { getLocale, href, text } from '@/components/i18n/locale';
import { proseOf, titleOf } from '@/components/i18n/entry-text';
import { EXPLORER_TEXT } from './explorer-text';

/**
 * Every finding with its biomarker entry and linked mechanisms: the explorer's complete data as a server-rendered
 * table, which is also what a browser without JavaScript gets.
 */
export function FindingsTable({ site, findings }: { site: Site; findings: ExplorerFinding[] }) {
  const t = text(EXPLORER_TEXT);
  const zh = getLocale() === 'zh';
  const link = (id: string) => {
    const e = site.getEntry(id);
    if (!e) return id;
    const title = titleOf(site, e);
    return (
      <a href={href(entryHref(e.kind, e.id))} lang={title.lang}>
        {title.text}
      </a>
    );
  };
  const note = (f: ExplorerFinding) => {
    const b = site.getEntry(f.biomarker);
    if (f.note === null) return '';
    const n = b ? proseOf(site, b, `findings.${f.id}.note`, f.note) : { text: f.note };
    return <span lang={n.lang}>{n.text}</span>;
  };
  return (
    <section aria-labelledby="all-findings" className="mt-10">
      <h2 id="all-findings" className="text-2xl font-bold">
        {t.allFindings}
      </h2>
      <p className="max-w-3xl">{t.allFindingsIntro}</p>
      <div className="table-wrap">
        <table className="data">
          <caption className="sr-only">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.finding}</th>
              <th scope="col">{t.biomarkerEntry}</th>
              <th scope="col">{t.linkedMechanisms}</th>
              <th scope="col">{t.note}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={f.id} id={`finding-${f.id}`}>
                <th scope="row">
                  {zh ? f.labelZh : f.label}{' '}
                  <span lang={zh ? 'en' : 'zh-Hans'} className="muted font-normal">
                    {zh ? f.label : f.labelZh}
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
                    <span className="muted">{t.noMechanism}</span>
                  )}
                </td>
                <td>{note(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
