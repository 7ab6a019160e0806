/** The medical disclaimer shown on every entry and in the footer. */
export function Disclaimer({ compact = false }: { compact?: boolean }) {
  const text =
    'For education and research only. This atlas summarises published literature; it is not medical advice and not a treatment recommendation. Decisions about a patient belong to the treating clinician, using current guidelines and the primary sources.';
  if (compact)
    return (
      <p className="m-0">
        <strong>Medical disclaimer.</strong> {text}
      </p>
    );
  return (
    <aside aria-labelledby="disclaimer-heading" className="callout callout-caution mt-8">
      <h2 id="disclaimer-heading" className="callout-title text-base m-0">
        Medical disclaimer
      </h2>
      <p className="m-0">{text}</p>
    </aside>
  );
}
