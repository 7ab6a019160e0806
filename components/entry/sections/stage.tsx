import type { Entry, Site } from '@/lib/site/get-site';
import { RESULT_LABEL } from '@/lib/content/kinds/trial';
import { shownStage } from '@/lib/content/kinds/strategy';
import { AGENCIES } from '@/lib/content/references';
import { entryHref } from '@/lib/site/routes';
import { SourceRef } from '../source-ref';
import { sentence } from '@/lib/evidence/trials';

/** The strategy's stage of evidence, derived from its drugs and trials, with the approval or trial that decides it. */
export function StageSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'strategy') return null;
  const shown = shownStage(entry, entry.derived);
  if (!shown) return null;
  const basis = entry.derived.stage?.basis ?? { type: 'none' as const };
  const link = (id: string, text: string) => {
    const e = site.getEntry(id);
    return e ? <a href={entryHref(e.kind, e.id)}>{text}</a> : <>{text}</>;
  };
  return (
    <div className="card p-4">
      <p className="m-0 text-lg font-bold">{shown.label}</p>
      {basis.type === 'approval' && (
        <p className="m-0 mt-1">
          Decided by the <abbr title={AGENCIES[basis.approval.agency as keyof typeof AGENCIES]}>{basis.approval.agency}</abbr> approval of{' '}
          {link(basis.approval.drug, site.getEntry(basis.approval.drug)?.title ?? basis.approval.drug)} on{' '}
          <time dateTime={basis.approval.date}>{basis.approval.date}</time>
          {basis.approval.nsclc ? ' (in NSCLC)' : ' (outside NSCLC)'}: {sentence(basis.approval.indication)} Source:{' '}
          <SourceRef entry={entry} refKey={basis.approval.source} site={site} />.
        </p>
      )}
      {basis.type === 'trial' && (
        <p className="m-0 mt-1">
          Decided by {link(basis.trial.id, basis.trial.acronym)} (phase {basis.trial.phase}, {basis.trial.tumourType}):{' '}
          {RESULT_LABEL[basis.trial.result].toLowerCase()}.
          {basis.negativePhase3 && ' Every phase 3 trial of this strategy missed its primary endpoint.'}
        </p>
      )}
      {basis.type === 'none' && (
        <p className="m-0 mt-1">Stated by this entry: no trial or drug entry of the atlas tests or approves this strategy yet.</p>
      )}
      <p className="m-0 mt-2 text-sm muted">
        The stage is derived: an approval of one of the strategy&apos;s drugs in any tumour makes it approved; otherwise its most advanced
        trial decides.
      </p>
    </div>
  );
}
