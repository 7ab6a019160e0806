import type { ReactNode } from 'react';
import { Shell } from '@/components/layout/shell';

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <Shell locale="en">{children}</Shell>;
}
