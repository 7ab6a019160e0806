/**
 * Issue 22, item 3: a completed or terminated trial must carry its primary endpoint(s) as outcome records, or say why
 * it has none (`noPrimaryResult`). Each failure is a located message locked by an inline snapshot.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { ENDPOINT_LABEL, ENDPOINTS, trialSchema } from '@/lib/content/kinds/trial';
import type { RawFile } from '@/lib/content/read-files';
import { build } from '../../helpers/make-corpus';
import { evidenceFiles, trialFile } from '../../helpers/evidence-files';

async function problems(...files: RawFile[]): Promise<string[]> {
  const corpus = await build(evidenceFiles(...files));
  return corpus.issues.map(formatIssue);
}

/** trial-one with its outcomes replaced by one secondary ORR record, and these extra lines. */
const noPrimary = (...lines: string[]) =>
  trialFile(
    'trial-one',
    'outcomes:',
    '  - endpoint: ORR',
    '    primary: false',
    '    arm: experimental',
    '    analysis: primary',
    '    effect: { measure: proportion, responders: 120, total: 300 }',
    '    source: ref-one',
    ...lines,
  );

describe('a trial without a primary result', () => {
  it('completed, no primary outcome and no reason: located at status', async () => {
    expect(await problems(noPrimary())).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:14:9  status  A completed trial with no primary outcome record and no stated reason  → hint: Add the primary endpoint(s) as outcomes with \`primary: true\` and \`met:\`, or say why there is none with \`noPrimaryResult: { reason: …, expected: …, source: … }\`.",
      ]
    `);
  });

  it('terminated, with no outcomes at all', async () => {
    expect(await problems(trialFile('trial-one', 'status: terminated', 'outcomes: []'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:21:9  status  A terminated trial with no primary outcome record and no stated reason  → hint: Add the primary endpoint(s) as outcomes with \`primary: true\` and \`met:\`, or say why there is none with \`noPrimaryResult: { reason: …, expected: …, source: … }\`.",
      ]
    `);
  });

  it('a stated reason (with the registry date and its source) passes', async () => {
    expect(
      await problems(
        noPrimary('noPrimaryResult:', '  reason: The primary endpoint was safety, which the outcome table does not hold.', '  expected: 2027-03', '  source: trial-registry'),
      ),
    ).toEqual([]);
  });

  it('a recruiting or active trial needs no reason', async () => {
    expect(await problems(trialFile('trial-one', 'status: recruiting', 'outcomes: []'))).toEqual([]);
    expect(await problems(trialFile('trial-one', 'status: active', 'outcomes: []'))).toEqual([]);
  });

  it('a reason beside a primary outcome record contradicts it', async () => {
    expect(await problems(trialFile('trial-one', 'noPrimaryResult:', '  reason: The trial has not reported its primary endpoint yet.'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:41:3  noPrimaryResult  The trial has a primary outcome record and also says it has no primary result  → hint: Remove \`noPrimaryResult\`, or the primary outcome it contradicts; a pending co-primary endpoint is said in the text.",
      ]
    `);
  });

  it('an unknown source for the reason is located', async () => {
    expect(await problems(trialFile('trial-one', 'status: active', 'outcomes: []', 'noPrimaryResult:', '  reason: Not reported in the sources checked.', '  source: no-such-ref'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:25:11  noPrimaryResult.source  Unknown source "no-such-ref"  → hint: Add it to content/references.yaml with its DOI or PMID first.",
      ]
    `);
  });

  it('a malformed expected date is located', async () => {
    expect(await problems(trialFile('trial-one', 'status: active', 'outcomes: []', 'noPrimaryResult:', '  reason: Not reported in the sources checked.', '  expected: March 2027'))).toMatchInlineSnapshot(`
      [
        "content/trials/trial-one.mdx:25:13  noPrimaryResult.expected  Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received "March 2027"",
      ]
    `);
  });
});

describe('endpoints', () => {
  it('recurrence-free survival is an endpoint with its label', () => {
    expect(ENDPOINTS).toContain('RFS');
    expect(ENDPOINT_LABEL.RFS).toBe('Recurrence-free survival');
    expect(Object.keys(ENDPOINT_LABEL).sort()).toEqual([...ENDPOINTS].sort());
  });

  it('the schema accepts an RFS primary outcome', () => {
    const parsed = trialSchema.shape.outcomes.parse([
      { endpoint: 'RFS', primary: true, arm: 'a', versus: 'b', analysis: 'primary', met: true, source: 'ref-one', effect: { measure: 'hr', value: 0.561, ciLow: 0.309, ciHigh: 1.017 } },
    ]);
    expect(parsed[0].endpoint).toBe('RFS');
  });
});
