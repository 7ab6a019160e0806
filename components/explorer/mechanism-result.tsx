import { EntryBadges } from '@/components/entry/badges';
import type { Entry, Site } from '@/lib/site/get-site';
import { EVIDENCE_DESCRIPTION, EVIDENCE_DESCRIPTION_ZH, EVIDENCE_LABEL, EVIDENCE_LABEL_ZH } from '@/lib/content/kinds';
import { getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, fieldOf, proseOf, summaryOf, titleOf } from '@/components/i18n/entry-text';
import { EXPLORER_TEXT } from './explorer-text';
import { shownStage } from '@/lib/content/kinds/strategy';
import { relationGroups } from '@/lib/graph/build-graph';
import { entryHref } from '@/lib/site/routes';
import { Sources } from './sources';

/**
 * One mechanism as an explorer result: classification and evidence context, summary, sources, and the strategies
 * studied against it with their stage, tumour context and sources. Rendered on the server for every mechanism a
 * finding links to; the explorer island only chooses which to show and in what order.
 */
export function MechanismResult({ site, mechanism }: { site: Site; mechanism: Entry }) {
  const strategyIds = relationGroups(site.graph, mechanism.id).find((g) => g.label === 'targeted by')?.ids ?? [];
  const strategies = site.entries.filter((e) => e.kind === 'strategy' && strategyIds.includes(e.id));
  const headingId = `result-${mechanism.id}`;
  const t = text(EXPLORER_TEXT);
  const zh = getLocale() === 'zh';
  const title = titleOf(site, mechanism);
  const other = altTitleOf(mechanism);
  const summary = summaryOf(site, mechanism);
  const note = mechanism.evidenceNote ? fieldOf(site, mechanism, 'evidenceNote', mechanism.evidenceNote) : null;
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-semibold m-0">
        <a href={href(entryHref(mechanism.kind, mechanism.id))} lang={title.lang}>
          {title.text}
        </a>{' '}
        <span lang={other.lang} className="muted font-normal text-base">
          {other.text}
        </span>
      </h3>
      <div className="mt-2">
        <EntryBadges entry={mechanism} />
      </div>
      <p className="mt-2 mb-0" lang={summary.lang}>
        {summary.text}
      </p>
      {note && (
        <p className="text-sm mt-2 mb-0">
          <strong>{t.evidenceContext}</strong> <span lang={note.lang}>{note.text}</span>
        </p>
      )}
      <p className="text-sm mt-2 mb-0">
        <strong>{t.sources}</strong> <Sources site={site} refs={mechanism.refs} />
      </p>
      <h4 className="font-semibold mt-4 mb-1">{t.strategiesAgainst}</h4>
      {strategies.length ? (
        <ul className="list-none p-0 m-0 space-y-3">
          {strategies.map((s) => {
            const st = titleOf(site, s);
            const stage = s.kind === 'strategy' ? shownStage(s, s.derived) : null;
            const context = s.kind === 'strategy' ? proseOf(site, s, 'tumourContext', s.tumourContext) : null;
            return (
              <li key={s.id} className="text-sm border-l-4 hairline pl-3">
                <a href={href(entryHref(s.kind, s.id))} className="font-semibold" lang={st.lang}>
                  {st.text}
                </a>{' '}
                {stage && <span className="badge badge-stage">{t.stage(zh ? stage.labelZh : stage.label)}</span>}{' '}
                <span className="badge badge-evidence" title={(zh ? EVIDENCE_DESCRIPTION_ZH : EVIDENCE_DESCRIPTION)[s.evidenceContext]}>
                  {(zh ? EVIDENCE_LABEL_ZH : EVIDENCE_LABEL)[s.evidenceContext]}
                </span>
                {context && (
                  <p className="m-0 mt-1 muted" lang={context.lang}>
                    {context.text}
                  </p>
                )}
                <p className="m-0 mt-1">
                  <strong>{t.sources}</strong> <Sources site={site} refs={s.refs} />
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm m-0">{t.noStrategy}</p>
      )}
    </article>
  );
}
