import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { ApiError } from '../api/problem';
import { fileNameOf, readWithProgress, saveBlob } from './download';
import type { ReportQuery } from './reportFilters';

const formats = ['xlsx', 'pdf', 'csv', 'html', 'xes', 'ocel'] as const;
type Format = (typeof formats)[number];

interface Progress {
  format: Format;
  received: number;
  total: number | null;
}

/** Exports of the filtered report as downloads, with progress while the host streams them. */
export function ExportPanel({ query }: { query: ReportQuery }) {
  const { t, i18n } = useTranslation('audit');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (format: Format) => {
    setError(null);
    setDone(null);
    setProgress({ format, received: 0, total: null });
    try {
      const { response } = await api.GET('/api/reports/exports/{format}', { params: { path: { format }, query }, parseAs: 'stream' });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
      const blob = await readWithProgress(response, (received, total) => setProgress({ format, received, total }));
      const name = fileNameOf(response, `frictierapport.${format === 'ocel' ? 'json' : format === 'csv' ? 'zip' : format}`);
      saveBlob(blob, name);
      setDone(t('exports.done', { name, size: kilobytes(blob.size) }));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };
  const kilobytes = (bytes: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 0 }).format(bytes / 1024) + ' kB';

  return (
    <section aria-labelledby="exports-title" className="rw-panel">
      <Heading2 id="exports-title">{t('exports.title')}</Heading2>
      <Paragraph>{t('exports.intro')}</Paragraph>
      <ButtonGroup>
        {formats.map((format) => (
          <Button key={format} appearance="secondary-action-button" disabled={progress !== null} busy={progress?.format === format} onClick={() => void download(format)}>
            {t(`exports.${format}`)}
          </Button>
        ))}
      </ButtonGroup>
      <div aria-live="polite" className="rw-export-status">
        {progress ? (
          <>
            <label htmlFor="export-progress">{t('exports.busy', { format: progress.format.toUpperCase(), received: kilobytes(progress.received) })}</label>
            <progress id="export-progress" max={progress.total ?? undefined} value={progress.total ? progress.received : undefined} />
          </>
        ) : null}
        {done ? <Paragraph data-testid="export-done">{done}</Paragraph> : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
    </section>
  );
}
