/** A numbered citation marker linking to the reference list at the foot of the page. */
export function CiteMark({ refKey, number, occurrence }: { refKey: string; number: number; occurrence: number }) {
  return (
    <sup className="cite">
      <a href={`#ref-${refKey}`} id={occurrence === 1 ? `cite-${refKey}` : undefined} aria-label={`Reference ${number}`}>
        [{number}]
      </a>
    </sup>
  );
}
