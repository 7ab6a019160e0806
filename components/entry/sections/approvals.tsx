import type { Entry, Site } from '@/lib/site/get-site';
import { SourceRef } from '../source-ref';
import type { ReportData } from '@/lib/content/kinds/drug';
import { approvalTable } from '@/lib/evidence/approvals';
import {
  DATE_KIND_NOTE,
  DATE_NOT_FOUND,
  DEVELOPMENT_LABEL,
  LATER_EVENT_LABEL,
  NO_DECISION_FOUND,
  PATHWAY_LABEL,
  REFUSAL_LABEL,
} from '@/lib/content/kinds/drug';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { sentence } from '@/lib/evidence/trials';
import { proseOf, titleOf, type LocalText } from '../../i18n/entry-text';
import { date, getLocale, href, text } from '../../i18n/locale';

export const APPROVALS_TEXT = strings(
  {
    source: 'Source:',
    reportedBy: 'reported by',
    stopped: 'Stopped',
    reason: 'Reason given:',
    notNsclc: 'Not NSCLC',
    trial: 'Trial:',
    caption: 'Approvals by agency and indication, oldest first; each with the decision it rests on.',
    headers: {
      agency: 'Agency',
      indication: 'Indication as approved',
      date: 'Date',
      trial: 'Pivotal trial',
      pathway: 'Pathway and later decisions',
      source: 'Source',
    },
    refusalsCaption: 'Refusals: complete response letters, advisory votes against, withdrawn applications.',
    refusalHeaders: { agency: 'Agency', event: 'Event', indication: 'Indication applied for', date: 'Date', source: 'Source' },
    pathway: PATHWAY_LABEL,
    later: LATER_EVENT_LABEL,
    refusal: REFUSAL_LABEL,
    dateKind: DATE_KIND_NOTE,
    development: DEVELOPMENT_LABEL,
    dateNotFound: DATE_NOT_FOUND,
    noDecision: NO_DECISION_FOUND,
  },
  {
    source: '来源：',
    reportedBy: '报道方',
    stopped: '停止于',
    reason: '给出的原因：',
    notNsclc: '非 NSCLC 适应证',
    trial: '试验：',
    caption: '按监管机构和适应证列出的批准，按时间先后排列，每项附其依据的决定。',
    headers: {
      agency: '监管机构',
      indication: '获批适应证',
      date: '日期',
      trial: '关键试验',
      pathway: '审批途径及后续决定',
      source: '来源',
    },
    refusalsCaption: '未获批准：完整回复函、咨询委员会否决票、撤回的申请。',
    refusalHeaders: { agency: '监管机构', event: '事件', indication: '申请的适应证', date: '日期', source: '来源' },
    pathway: { accelerated: '加速批准', conditional: '附条件批准' },
    later: { converted: '转为常规批准', withdrawn: '撤销', restricted: '适应证收窄' },
    refusal: {
      'complete-response-letter': '完整回复函',
      'advisory-committee-vote': '咨询委员会投票反对',
      'application-withdrawn': '撤回申请',
      'refusal-to-file': '拒绝受理',
      'negative-opinion': '否定意见',
    },
    dateKind: { decision: '', announced: '公布日期', 'on-or-before': '不晚于此日期（据报道）' },
    development: { active: '在研', stopped: '已停止研发', 'not-found': '在所查来源中未找到研发状态' },
    dateNotFound: '在所查来源中未找到日期',
    noDecision: '在所查来源中未找到 NSCLC 适应证的批准。',
  },
);

/** Text with its lang, when it is not in the page's language. */
function Local({ t, locale }: { t: LocalText; locale: 'en' | 'zh' }) {
  const s = sentence(t.text, t.lang ? 'en' : locale);
  return t.lang ? <span lang={t.lang}>{s}</span> : <>{s}</>;
}

/**
 * A drug's regulatory record: approvals as an agency × indication table (FDA, EMA and NMPA always accounted for once
 * the drug is approved in NSCLC anywhere), refusals as their own table, and the development status.
 */
export function ApprovalsSection({ entry, site }: { entry: Entry; site: Site }) {
  if (entry.kind !== 'drug') return null;
  const locale = getLocale();
  const t = text(APPROVALS_TEXT);
  const { rows, refusals } = approvalTable(entry);
  // Translations name prose by its index in the authored lists, not in the grouped order shown here.
  const approvalIndex = new Map(entry.approvals.map((a, i) => [a, i]));
  const refusalIndex = new Map(entry.refusals.map((r, i) => [r, i]));
  const prose = (path: string, english: string) => <Local t={proseOf(site, entry, path, english)} locale={locale} />;
  const trialLink = (id: string | undefined, name: string | undefined) => {
    const trial = id ? site.getEntry(id) : undefined;
    return trial ? <a href={href(entryHref(trial.kind, trial.id))}>{titleOf(site, trial).text}</a> : (name ?? '—');
  };
  const when = (iso: string, dateIs: keyof typeof DATE_KIND_NOTE | undefined) => (
    <>
      <time dateTime={iso}>{date(iso)}</time>
      {dateIs && dateIs !== 'decision' && <span className="block muted">{t.dateKind[dateIs]}</span>}
    </>
  );
  const d = entry.development;
  const cite = (key: string | undefined, report: ReportData | undefined) => (
    <>
      {key && <SourceRef entry={entry} refKey={key} site={site} />}
      {report && (
        <>
          {key && '; '}
          {t.reportedBy} {report.publisher}
          {report.date && <> ({report.date})</>}:{' '}
          <a href={report.url} rel="noopener noreferrer" lang={locale === 'zh' ? 'en' : undefined}>
            {report.title}
          </a>
        </>
      )}
    </>
  );
  const gapNote = (note: string) => {
    if (note === NO_DECISION_FOUND) return t.noDecision;
    const i = entry.approvalGaps.findIndex((g) => g.note === note);
    return i >= 0 ? (
      prose(`approvalGaps.${i}.note`, note)
    ) : (
      <Local t={{ text: note, lang: locale === 'zh' ? 'en' : undefined }} locale={locale} />
    );
  };
  return (
    <>
      {d && (
        <p className="m-0 mb-2">
          <span className={`badge badge-${d.status === 'active' ? 'stage' : 'against'}`}>{t.development[d.status]}</span>{' '}
          {d.scope && <>{prose('development.scope', d.scope)} </>}
          {d.date && (
            <>
              {t.stopped} <time dateTime={d.date}>{date(d.date)}</time>
              {locale === 'zh' ? '。' : '. '}
            </>
          )}
          {d.reason && (
            <>
              {t.reason} {prose('development.reason', d.reason)}{' '}
            </>
          )}
          {d.note && <>{prose('development.note', d.note)} </>}
          {t.source} {cite(d.source, d.reportedBy)}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.headers.agency}</th>
                <th scope="col">{t.headers.indication}</th>
                <th scope="col">{t.headers.date}</th>
                <th scope="col">{t.headers.trial}</th>
                <th scope="col">{t.headers.pathway}</th>
                <th scope="col">{t.headers.source}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) =>
                r.approval ? (
                  <tr key={i}>
                    <th scope="row">
                      <abbr title={r.name} lang={locale === 'zh' ? 'en' : undefined}>
                        {r.agency}
                      </abbr>
                    </th>
                    <td>
                      {prose(`approvals.${approvalIndex.get(r.approval) ?? -1}.indication`, r.approval.indication)}
                      {!r.approval.nsclc && <span className="block muted">{t.notNsclc}</span>}
                    </td>
                    <td>{when(r.approval.date, r.approval.dateIs)}</td>
                    <td>{trialLink(r.approval.trial, r.approval.pivotal)}</td>
                    <td>
                      {r.approval.pathway ? t.pathway[r.approval.pathway] : r.approval.later.length ? '' : '—'}
                      {r.approval.later.map((l, j) => (
                        <span key={j} className="block">
                          {t.later[l.event]} <time dateTime={l.date}>{date(l.date)}</time>
                          {l.note && (
                            <>
                              : <span lang={locale === 'zh' ? 'en' : undefined}>{l.note}</span>
                            </>
                          )}{' '}
                          <SourceRef entry={entry} refKey={l.source} site={site} />
                        </span>
                      ))}
                    </td>
                    <td>
                      <SourceRef entry={entry} refKey={r.approval.source} site={site} />
                    </td>
                  </tr>
                ) : (
                  <tr key={i}>
                    <th scope="row">
                      <abbr title={r.name} lang={locale === 'zh' ? 'en' : undefined}>
                        {r.agency}
                      </abbr>
                    </th>
                    <td colSpan={5} className="muted">
                      {gapNote(r.note)}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {refusals.length > 0 && (
        <div className="table-wrap">
          <table className="data text-sm">
            <caption className="text-left muted">{t.refusalsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.refusalHeaders.agency}</th>
                <th scope="col">{t.refusalHeaders.event}</th>
                <th scope="col">{t.refusalHeaders.indication}</th>
                <th scope="col">{t.refusalHeaders.date}</th>
                <th scope="col">{t.refusalHeaders.source}</th>
              </tr>
            </thead>
            <tbody>
              {refusals.map((r, i) => {
                const n = refusalIndex.get(r.refusal) ?? -1;
                return (
                  <tr key={i}>
                    <th scope="row">
                      <abbr title={r.name} lang={locale === 'zh' ? 'en' : undefined}>
                        {r.agency}
                      </abbr>
                    </th>
                    <td>
                      {t.refusal[r.refusal.event]}
                      {r.refusal.detail && <span className="block">{prose(`refusals.${n}.detail`, r.refusal.detail)}</span>}
                    </td>
                    <td>
                      {prose(`refusals.${n}.indication`, r.refusal.indication)}
                      {r.refusal.trial && (
                        <span className="block">
                          {t.trial} {trialLink(r.refusal.trial, undefined)}
                        </span>
                      )}
                    </td>
                    <td>{r.refusal.date ? when(r.refusal.date, r.refusal.dateIs) : t.dateNotFound}</td>
                    <td>{cite(r.refusal.source, r.refusal.reportedBy)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
