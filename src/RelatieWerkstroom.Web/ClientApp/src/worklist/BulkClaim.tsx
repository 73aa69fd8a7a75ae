import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaim, type WorklistItem } from './useWorklist';

interface Outcome {
  item: WorklistItem;
  ok: boolean;
  message: string;
}

/** A team lead claims several items at once; each item gets its own result (one refusal does not stop the rest). */
export function BulkClaim({ selected, onDone }: { selected: WorklistItem[]; onDone: () => void }) {
  const { t } = useTranslation('worklist');
  const claim = useClaim();
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const run = async () => {
    setRunning(true);
    const results: Outcome[] = [];
    for (const item of selected) {
      try {
        await claim.mutateAsync({ bookmarkId: item.bookmarkId, claim: true });
        results.push({ item, ok: true, message: t('bulk.claimedOne') });
      } catch (error) {
        results.push({ item, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
      setOutcomes([...results]);
    }
    setRunning(false);
    onDone();
  };

  const failed = outcomes.filter((o) => !o.ok).length;
  return (
    <div className="rw-bulk">
      <Button appearance="secondary-action-button" disabled={selected.length === 0 || running} busy={running} onClick={() => void run()}>
        {t('bulk.claim', { count: selected.length })}
      </Button>
      <div aria-live="polite">
        {outcomes.length > 0 && !running ? (
          <Alert type={failed === 0 ? 'ok' : 'warning'}>
            <Paragraph>{t('bulk.summary', { ok: outcomes.length - failed, failed })}</Paragraph>
            <UnorderedList>
              {outcomes.map((o) => (
                <UnorderedListItem key={o.item.bookmarkId}>
                  {o.item.title} ({o.item.caseTitle ?? o.item.caseFileId}): {o.ok ? o.message : t('bulk.failedOne', { reason: o.message })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
