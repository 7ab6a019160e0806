import { strings } from '@/lib/i18n/strings';
import { text } from '../i18n/locale';

export const CITE_TEXT = strings({ reference: (n: number) => `Reference ${n}` }, { reference: (n: number) => `参考文献${n}` });

/** A numbered citation marker linking to the reference list at the foot of the page. */
export function CiteMark({ refKey, number, occurrence }: { refKey: string; number: number; occurrence: number }) {
  return (
    <sup className="cite">
      <a href={`#ref-${refKey}`} id={occurrence === 1 ? `cite-${refKey}` : undefined} aria-label={text(CITE_TEXT).reference(number)}>
        [{number}]
      </a>
    </sup>
  );
}
