import { useEffect, useRef } from 'react';
import { Heading1 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

/**
 * The page's one h1, which also sets the document title (WCAG 2.4.2) and takes focus after a
 * client-side navigation so screen-reader users hear where they are.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} - ${t('app.name')}`;
  }, [children, t]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, []);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="rw-page-title">
      {children}
    </Heading1>
  );
}
