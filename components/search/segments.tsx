import type { Segment } from '@/lib/search/highlight';

/** Renders highlight segments as React text: HTML in the data is shown literally, never parsed. */
export function Segments({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
