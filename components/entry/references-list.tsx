import { formatAuthorList, type Author } from '@/lib/content/authors';
import { AGENCIES, type Reference } from '@/lib/content/references';
import { strings } from '@/lib/i18n/strings';
import { phaseLabel } from '@/lib/content/kinds/trial';
import { date, getLocale, text } from '../i18n/locale';

export const REFERENCES_TEXT = strings(
  {
    heading: 'References',
    unverified: ' Bibliographic details unverified.',
    evidence: 'Evidence: ',
    presentedAt: 'Presented at ',
    abstractPage: 'Abstract page',
    indication: 'Indication: ',
    decisionPage: 'Decision page',
    sponsor: 'Sponsor: ',
    stop: '.',
    back: (key: string) => `Back to the first citation of reference ${key}`,
  },
  {
    heading: '参考文献',
    unverified: '书目信息尚未核实。',
    evidence: '证据：',
    presentedAt: '发表于',
    abstractPage: '摘要页面',
    indication: '适应证：',
    decisionPage: '审批决定页面',
    sponsor: '申办方：',
    stop: '。',
    back: (key: string) => `返回参考文献 ${key} 的首次引用处`,
  },
);

/** English text from the bibliography: marked lang="en" on a Chinese page. */
function En({ children }: { children: React.ReactNode }) {
  return getLocale() === 'zh' ? <span lang="en">{children}</span> : <>{children}</>;
}

/** A link to a source's page; every address comes from validated fields (https, DOI or PubMed patterns). */
function Out({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** "Sharma P, Wargo JA, et al. " before the title, or nothing when no author is listed. */
function Authors({ authors, complete }: { authors: readonly Author[]; complete: boolean }) {
  const text = formatAuthorList(authors, complete);
  if (!text) return null;
  return <>{text.endsWith('.') ? text : `${text}.`} </>;
}

/**
 * One reference, Vancouver-like, per type: a journal article with DOI and PubMed links; a regulatory decision with
 * agency, date, indication and link; a trial registration with its id (linked to ClinicalTrials.gov for NCT ids);
 * a conference abstract with its meeting. Editorial fields (`notes`, `seenAt`) are never read.
 */
export function ReferenceText({ r }: { r: Reference }) {
  const t = text(REFERENCES_TEXT);
  const zh = getLocale() === 'zh';
  switch (r.type) {
    case 'journal':
      return (
        <>
          <En>
            <Authors authors={r.authors} complete={r.authorsComplete} />
            {r.title}.
            {r.journal && (
              <>
                {' '}
                <em>{r.journal}</em>
              </>
            )}
            {r.year ? `. ${r.year}` : ''}
            {r.volume ? `;${r.volume}` : ''}.
          </En>{' '}
          {r.doiUrl && <Out href={r.doiUrl}>doi:{r.doi}</Out>}
          {r.doiUrl && r.pubmedUrl && ' · '}
          {r.pubmedUrl && <Out href={r.pubmedUrl}>PubMed {r.pmid}</Out>}
          {r.sourceReview && <span className="muted">{t.unverified}</span>}
          <span className="muted">
            {' '}
            {t.evidence}
            <En>{r.evidenceContext}</En>
            {t.stop}
          </span>
        </>
      );
    case 'conference':
      return (
        <>
          <En>
            <Authors authors={r.authors} complete={r.authorsComplete} />
            {r.title}.
          </En>{' '}
          {t.presentedAt}
          <em lang={zh ? 'en' : undefined}>{r.meeting}</em>
          {zh ? '；' : '; '}
          {r.date ? date(r.date) : r.year}
          {t.stop}
          {r.journal && (
            <>
              {' '}
              <En>{r.journal}.</En>
            </>
          )}{' '}
          {r.doiUrl && <Out href={r.doiUrl}>doi:{r.doi}</Out>}
          {r.doiUrl && r.url && ' · '}
          {r.url && <Out href={r.url}>{t.abstractPage}</Out>}
          <span className="muted">
            {' '}
            {t.evidence}
            <En>{r.evidenceContext}</En>
            {t.stop}
          </span>
        </>
      );
    case 'regulatory':
      return (
        <>
          <abbr title={AGENCIES[r.agency]}>{r.agency}</abbr>. <En>{r.title}.</En> <time dateTime={r.date}>{date(r.date)}</time>
          {t.stop}
          {r.drugs && <> {r.drugs.join('; ')}.</>} {t.indication}
          <En>{r.indication}</En>
          {t.stop} <Out href={r.url}>{t.decisionPage}</Out>
        </>
      );
    case 'registry':
      return (
        <>
          <En>{r.title}.</En> {r.registry}: {r.registryUrl ? <Out href={r.registryUrl}>{r.registryId}</Out> : r.registryId}.
          {r.phase && (
            <>
              {' '}
              {phaseLabel(r.phase, zh ? 'zh' : 'en')}
              {t.stop}
            </>
          )}
          {r.sponsor && (
            <>
              {' '}
              {t.sponsor}
              {r.sponsor}
              {t.stop}
            </>
          )}
        </>
      );
  }
}

/** The numbered reference list of an entry; numbers match the inline citation markers. */
export function ReferencesList({ refs, cited }: { refs: Reference[]; cited: Set<string> }) {
  const t = text(REFERENCES_TEXT);
  return (
    <section aria-labelledby="references" className="mt-8">
      <h2 id="references" className="text-xl font-bold">
        {t.heading}
      </h2>
      <ol className="list-decimal pl-6 space-y-2 text-sm">
        {refs.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            <ReferenceText r={r} />{' '}
            {cited.has(r.id) && (
              <a href={`#cite-${r.id}`} aria-label={t.back(r.id)}>
                ↩
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
