import { EntryBadges } from '@/components/entry/badges';
import type { Entry, Site } from '@/lib/site/get-site';
import { EVIDENCE_DESCRIPTION, EVIDENCE_LABEL } from '@/lib/content/kinds';
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
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-semibold m-0">
        <a href={entryHref(mechanism.kind, mechanism.id)}>{mechanism.title}</a>{' '}
        <span lang="zh-Hans" className="muted font-normal text-base">
          {mechanism.titleZh}
        </span>
      </h3>
      <div className="mt-2">
        <EntryBadges entry={mechanism} />
      </div>
      <p className="mt-2 mb-0">{mechanism.summary}</p>
      {mechanism.evidenceNote && (
        <p className="text-sm mt-2 mb-0">
          <strong>Evidence context:</strong> {mechanism.evidenceNote}
        </p>
      )}
      <p className="text-sm mt-2 mb-0">
        <strong>Sources:</strong> <Sources site={site} refs={mechanism.refs} />
      </p>
      <h4 className="font-semibold mt-4 mb-1">Strategies studied against it</h4>
      {strategies.length ? (
        <ul className="list-none p-0 m-0 space-y-3">
          {strategies.map((s) => (
            <li key={s.id} className="text-sm border-l-4 hairline pl-3">
              <a href={entryHref(s.kind, s.id)} className="font-semibold">
                {s.title}
              </a>{' '}
              {s.kind === 'strategy' && shownStage(s, s.derived) && (
                <span className="badge badge-stage">Stage: {shownStage(s, s.derived)!.label}</span>
              )}{' '}
              <span className="badge badge-evidence" title={EVIDENCE_DESCRIPTION[s.evidenceContext]}>
                {EVIDENCE_LABEL[s.evidenceContext]}
              </span>
              {s.kind === 'strategy' && <p className="m-0 mt-1 muted">{s.tumourContext}</p>}
              <p className="m-0 mt-1">
                <strong>Sources:</strong> <Sources site={site} refs={s.refs} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm m-0">No strategy in the atlas targets this mechanism yet.</p>
      )}
    </article>
  );
}
