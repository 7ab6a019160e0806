/** Strings of the list page of one kind (/mechanisms, /biomarkers …). */
import { strings } from '@/lib/i18n/strings';

export const KIND_LIST_TEXT = strings(
  {
    count: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  },
  {
    count: (n: number) => `共${n}个条目`,
  },
);
