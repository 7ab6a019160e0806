import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Shell } from '@/components/layout/shell';
import { SITE_NAME_ZH, SITE_DESCRIPTION_ZH } from '@/lib/site/metadata';

export const metadata: Metadata = {
  title: { default: SITE_NAME_ZH, template: `%s · ${SITE_NAME_ZH}` },
  description: SITE_DESCRIPTION_ZH,
  openGraph: { siteName: SITE_NAME_ZH, type: 'website', locale: 'zh_CN' },
};

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <Shell locale="zh">{children}</Shell>;
}
