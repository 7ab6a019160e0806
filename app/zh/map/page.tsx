/** The Chinese edition of this page: the same page component, rendered with the Chinese locale. */
import * as english from '@/app/(en)/map/page';
import { chineseTwin } from '@/components/i18n/twin';

export const dynamic = 'force-static';
const twin = chineseTwin(english);
export const generateMetadata = twin.generateMetadata;
export default twin.Page;
