/**
 * The Chinese twin of an English page (app/zh/<path>/page.tsx): the same page component and metadata, rendered after
 * setting the Chinese locale. Route segment config (dynamic, dynamicParams) must stay literal in the twin's own file.
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { setLocale } from './locale';

type PageModule<P> = {
  default: (props: P) => ReactNode | Promise<ReactNode>;
  generateMetadata?: (props: P) => Promise<Metadata>;
};

export function chineseTwin<P>(page: PageModule<P>) {
  return {
    Page: async (props: P): Promise<ReactNode> => {
      setLocale('zh');
      return page.default(props);
    },
    generateMetadata: async (props: P): Promise<Metadata> => {
      setLocale('zh');
      return page.generateMetadata ? page.generateMetadata(props) : {};
    },
  };
}
