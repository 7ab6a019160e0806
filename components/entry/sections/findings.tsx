import type { Entry, Site } from '@/lib/site/get-site';
import { selectionSearch } from '@/lib/explorer/selection';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { proseOf, titleOf } from '../../i18n/entry-text';
import { getLocale, href, text } from '../../i18n/locale';

export const FINDINGS_TEXT = strings(
  { open: 'open in the explorer', linkedTo: 'Linked to: ', sep: ', ' },
  { open: '在生物标志物探索工具中查看', linkedTo: '关联的耐药机制：', sep: '、' },
);

/** A biomarker's explorer findings, each with the mechanisms it links to and a link into /explorer. */
export function FindingsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'biomarker' || entry.findings.length === 0) return null;
  const zh = getLocale() === 'zh';
  const t = text(FINDINGS_TEXT);
  return (
    <ul className="list-none p-0 space-y-3">
      {entry.findings.map((f) => {
        const note = f.note ? proseOf(site, entry, `findings.${f.id}.note`, f.note) : null;
        return (
          <li key={f.id} className="card p-3">
            <p className="m-0">
              {zh ? (
                <>
                  <strong>{f.labelZh}</strong>{' '}
                  <span lang="en" className="muted">
                    {f.label}
                  </span>
                </>
              ) : (
                <>
                  <strong>{f.label}</strong>{' '}
                  <span lang="zh-Hans" className="muted">
                    {f.labelZh}
                  </span>
                </>
              )}{' '}
              · <a href={href(`/explorer${selectionSearch([f.id])}`)}>{t.open}</a>
            </p>
            {f.mechanisms.length > 0 && (
              <p className="m-0 mt-1 text-sm">
                {t.linkedTo}
                {f.mechanisms.map((id, i) => {
                  const m = site.getEntry(id);
                  return m ? (
                    <span key={id}>
                      {i > 0 && t.sep}
                      <a href={href(entryHref(m.kind, m.id))}>{titleOf(site, m).text}</a>
                    </span>
                  ) : null;
                })}
              </p>
            )}
            {note && (
              <p className="m-0 mt-1 text-sm muted" lang={note.lang}>
                {note.text}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
