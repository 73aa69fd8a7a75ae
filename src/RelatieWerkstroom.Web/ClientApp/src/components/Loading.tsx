import { useTranslation } from 'react-i18next';

/** A polite, screen-reader-announced loading state (Utrecht has no spinner). */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="rw-loading utrecht-paragraph" role="status" aria-live="polite">
      {label ?? t('common.loading')}
    </p>
  );
}
