/**
 * Bad input to the evidence model, one failure per fixture, each a located message locked by an inline snapshot
 * (issue 10, item 6): hazard ratio outside its own interval, P outside (0, 1], an outcome naming a missing arm, a
 * malformed registry id, approvals without a (regulatory) source, statements without a source or with an unknown
 * level, an approval dated after the entry's review, and a strategy stage its sources do not support.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import type { RawFile } from '@/lib/content/read-files';
import { build, editGood } from '../../helpers/make-corpus';
import { drugFile, evidenceFiles, strategyOne, trialFile } from '../../helpers/evidence-files';

async function problems(...files: RawFile[]): Promise<string[]> {
  const corpus = await build(evidenceFiles(...files));
  return corpus.issues.map(formatIssue);
}

/** A trial whose only outcome is an OS hazard ratio with these extra or replaced lines. */
const trialWithOutcome = (...lines: string[]) => {
  const base: Record<string, string> = {
    primary: 'true',
    arm: 'experimental',
    versus: 'control',
    analysis: 'primary',
    effect: '{ measure: hr, value: 0.62, ciLow: 0.5, ciHigh: 0.78 }',
    p: '0.001',
    met: 'true',
    source: 'ref-one',
  };
  for (const l of lines) {
    const [k, ...v] = l.split(': ');
    base[k] = v.join(': ');
  }
  // A key given with nothing after ': ' is left out.
  const kept = Object.entries(base).filter(([, v]) => v !== '');
  return trialFile('trial-one', 'outcomes:', '  - endpoint: OS', ...kept.map(([k, v]) => `    ${k}: ${v}`));
};

const mechanismStatement = (...lines: string[]) =>
  editGood('content/mechanisms/m-one.mdx', 'involves: [x-one]\n', `involves: [x-one]\nevidence:\n  - id: st-one\n    claim: A claim about the mechanism that is long enough to pass.\n${lines.map((l) => `    ${l}\n`).join('')}`);

describe('trials', () => {
  it('a hazard ratio outside its own confidence interval', async () => {
    expect(await problems(trialWithOutcome('effect: { measure: hr, value: 0.9, ciLow: 0.5, ciHigh: 0.78 }'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:28:35  outcomes[0].effect.value  The hazard ratio 0.9 lies outside its own confidence interval 0.5–0.78  → hint: Check the three numbers against the source: the estimate lies inside its interval.",
      ]
    `);
  });

  it('a P value of 0, and one above 1', async () => {
    expect(await problems(trialWithOutcome('p: 0'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:29:8  outcomes[0].p  A P value must be greater than 0, received 0  → hint: Copy the P value as the source prints it: 0.005, <0.001 or ≤0.05 (quote a bound that starts with ">": '>0.05').",
      ]
    `);
    expect(await problems(trialWithOutcome('p: 1.5'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:29:8  outcomes[0].p  A P value cannot exceed 1, received 1.5  → hint: Copy the P value as the source prints it: 0.005, <0.001 or ≤0.05 (quote a bound that starts with ">": '>0.05').",
      ]
    `);
  });

  it('P values as reported: an exact value, a bound, a sided value and an untested outcome are accepted', async () => {
    expect(await problems(trialWithOutcome('p: <0.001'))).toEqual([]);
    expect(await problems(trialWithOutcome('p: ≤0.05'))).toEqual([]);
    expect(await problems(trialWithOutcome("p: '>0.05'"))).toEqual([]);
    expect(await problems(trialWithOutcome('p: 0.0017', 'pSided: one-sided'))).toEqual([]);
    expect(await problems(trialWithOutcome('p: ', 'tested: false'))).toEqual([]);
  });

  it('a bound that is not a bound on a P value', async () => {
    expect(await problems(trialWithOutcome('p: <1.5'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:29:8  outcomes[0].p  <1.5 is not a bound on a P value: a P value lies between 0 and 1  → hint: Copy the P value as the source prints it: 0.005, <0.001 or ≤0.05 (quote a bound that starts with ">": '>0.05').",
      ]
    `);
  });

  it('a P value that is neither a number nor a bound', async () => {
    expect(await problems(trialWithOutcome('p: P=0.01'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:29:8  outcomes[0].p  Expected a P value (0.005) or a bound (<0.001, ≤0.05), received "P=0.01"  → hint: Copy the P value as the source prints it: 0.005, <0.001 or ≤0.05 (quote a bound that starts with ">": '>0.05').",
      ]
    `);
  });

  it('a P value on an outcome marked not formally tested', async () => {
    expect(await problems(trialWithOutcome('tested: false'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:29:8  outcomes[0].p  A P value on an outcome marked not formally tested (tested: false)  → hint: Remove the P value (say in \`note\` that a nominal P was reported), or remove \`tested: false\` if the hierarchy did test it.",
      ]
    `);
  });

  it('one-sided or two-sided without a P value', async () => {
    expect(await problems(trialWithOutcome('p: ', 'pSided: two-sided'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:31:13  outcomes[0].pSided  pSided describes a P value, but the outcome has none  → hint: Add the P value as reported, or remove \`pSided\`.",
      ]
    `);
  });

  it('an outcome that does not say which analysis it is, and a malformed data cut-off', async () => {
    expect(await problems(trialWithOutcome('analysis: latest'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:27:15  outcomes[0].analysis  Expected one of "interim" | "primary" | "final" | "updated", received "latest"  → hint: Use one of: interim, primary, final, updated.",
      ]
    `);
    expect(await problems(trialWithOutcome('dataCutoff: June 2020'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:32:17  outcomes[0].dataCutoff  Expected a data cut-off as YYYY-MM-DD or YYYY-MM, received "June 2020"",
      ]
    `);
  });

  it('a hazard ratio written with digits it keeps in the message (0.90, not 0.9)', async () => {
    expect(await problems(trialWithOutcome('effect: { measure: hr, value: 0.90, ciLow: 0.50, ciHigh: 0.78 }'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:28:35  outcomes[0].effect.value  The hazard ratio 0.90 lies outside its own confidence interval 0.50–0.78  → hint: Check the three numbers against the source: the estimate lies inside its interval.",
      ]
    `);
  });

  it('an outcome naming an arm the trial does not have', async () => {
    expect(await problems(trialWithOutcome('versus: placebo'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:26:13  outcomes[0].versus  The trial has no arm "placebo" (arms: experimental, control)  → hint: Use the id of one of the arms listed under \`arms\`, or add the arm.",
      ]
    `);
  });

  it('a registry id in the wrong format', async () => {
    expect(await problems(trialFile('trial-one', 'registryId: NCT123'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:39:13  registryId  Expected a trial registry id such as NCT04294810 (NCT and 8 digits), ChiCTR2000029308 or 2014-000180-27  → hint: Copy the id exactly as the registry page shows it.",
      ]
    `);
  });
});

describe('drugs', () => {
  const approval = (...lines: string[]) => ['approvals:', '  - agency: FDA', '    date: 2020-05-15', '    indication: First-line metastatic NSCLC with PD-L1 ≥1%', '    nsclc: true', ...lines.map((l) => `    ${l}`)];

  it('an approval without a source', async () => {
    expect(await problems(drugFile('drug-one', ...approval()))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:13:5  approvals[0].source  Missing required field "approvals[0].source" (expected text)  → hint: Add "approvals[0].source: …" to the frontmatter.",
      ]
    `);
  });

  it('an approval whose source is not a regulatory decision', async () => {
    expect(await problems(drugFile('drug-one', ...approval('source: ref-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:17:13  approvals[0].source  "ref-one" is a journal source, but an approval needs the agency's decision  → hint: Cite a \`type: regulatory\` item of content/references.yaml (agency, date, indication, url).",
      ]
    `);
  });

  it('an approval dated after the entry’s lastReviewed', async () => {
    expect(await problems(drugFile('drug-one', 'approvals:', '  - agency: FDA', '    date: 2026-12-01', '    indication: First-line metastatic NSCLC with PD-L1 ≥1%', '    nsclc: true', '    source: fda-approval'))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:14:11  approvals[0].date  The approval is dated 2026-12-01, after the entry's lastReviewed (2026-11-24)  → hint: Check the date against the agency’s decision, then set lastReviewed to the day you checked it.",
      ]
    `);
  });
});

describe('evidence statements', () => {
  const rest = ['type: predictive', 'direction: supports', 'context: nsclc'];

  it('a statement with no source', async () => {
    expect(await problems(mechanismStatement(...rest, 'level: B', 'sources: []'))).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.mdx:22:14  evidence[0].sources  Expected at least one source key, received 0  → hint: Add the key of a source in content/references.yaml to "evidence[0].sources".",
      ]
    `);
    expect(await problems(mechanismStatement(...rest, 'level: B'))).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.mdx:16:5  evidence[0].sources  Missing required field "evidence[0].sources" (expected a list)  → hint: Add "evidence[0].sources: …" to the frontmatter.",
      ]
    `);
  });

  it('a statement with an unknown level', async () => {
    expect(await problems(mechanismStatement(...rest, 'level: high', 'sources: [ref-one]'))).toMatchInlineSnapshot(`
      [
        "content/mechanisms/m-one.mdx:21:12  evidence[0].level  Expected one of "A" | "B" | "C" | "D" | "E", received "high"  → hint: Use one of: A, B, C, D, E.",
      ]
    `);
  });
});

describe('strategies', () => {
  it('a stage that the linked trials do not support', async () => {
    expect(await problems(strategyOne('approved'))).toMatchInlineSnapshot(`
      [
        "content/strategies/s-one.mdx:10:8  stage  The strategy claims "approved", but its trials and drugs say "phase-3", decided by TRIAL-1, phase 3, primary endpoint met  → hint: Remove \`stage\`: it is derived from the drugs and trials that list this strategy.",
      ]
    `);
  });

  it('a stage that matches the linked trials, or preclinical with nothing linked, is accepted', async () => {
    expect(await problems(strategyOne('phase-3'))).toEqual([]);
    expect(await problems(trialFile('trial-one', 'strategies: []'), strategyOne('preclinical'))).toEqual([]);
  });

  it('a stage with nothing linked that is not preclinical', async () => {
    const unlinked = trialFile('trial-one', 'strategies: []');
    expect(await problems(unlinked, strategyOne('phase-3'))).toMatchInlineSnapshot(`
      [
        "content/strategies/s-one.mdx:10:8  stage  The strategy claims "phase-3", but no trial or drug entry lists it  → hint: Add the trial (content/trials/) or the approved drug (content/drugs/) with \`strategies: [s-one]\`, then remove \`stage\`.",
      ]
    `);
  });
});
