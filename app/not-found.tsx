import { Shell } from '@/components/layout/shell';
import { NotFoundBody } from '@/components/pages/not-found-body';

/** Any address with no page (outside /zh, whose own not-found page is Chinese): the English shell around it. */
export default function NotFound() {
  return (
    <Shell locale="en">
      <NotFoundBody />
    </Shell>
  );
}
