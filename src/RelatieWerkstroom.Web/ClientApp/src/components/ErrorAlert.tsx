import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';

/** Shows a failed request in words: the host's problem title and detail, never a stack trace. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = isApiError(error) ? (error.problem?.title ?? t('errors.requestFailed', { status: error.status })) : t('errors.unexpected');
  const detail = isApiError(error) ? error.problem?.detail : undefined;
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      {detail ? <Paragraph>{detail}</Paragraph> : null}
    </Alert>
  );
}
