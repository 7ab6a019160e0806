import { describe, expect, it } from 'vitest';
import { collectFindings } from '@/lib/explorer/findings';
import { build, editGood, withFiles } from '../../helpers/make-corpus';

describe('collectFindings', () => {
  it('gathers the findings of biomarker entries with their biomarker and mechanisms', async () => {
    const b = editGood(
      'content/biomarkers/b-one.mdx',
      'genes: [GENE1]',
      'genes: [GENE1]\nfindings:\n  - id: f-loss\n    label: Gene loss\n    labelZh: 基因缺失\n    mechanisms: [m-one]\n  - id: f-high\n    label: Gene high\n    labelZh: 基因高表达\n    note: A marker of likely benefit, not resistance.',
    );
    const { entries, issues } = await build(withFiles(b));
    expect(issues).toEqual([]);
    expect(collectFindings(entries)).toEqual([
      { id: 'f-loss', label: 'Gene loss', labelZh: '基因缺失', mechanisms: ['m-one'], note: null, biomarker: 'b-one' },
      {
        id: 'f-high',
        label: 'Gene high',
        labelZh: '基因高表达',
        mechanisms: [],
        note: 'A marker of likely benefit, not resistance.',
        biomarker: 'b-one',
      },
    ]);
  });
});
