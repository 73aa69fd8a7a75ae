import { Alert, Button, FormLabel, Paragraph, Select, SelectOption, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { assignTask, claimTask, useAssignees, useWorkChanged, type WorklistItem } from './useWorklist';

interface Outcome {
  item: WorklistItem;
  ok: boolean;
  message: string;
}

/** What the server said, in its own words: a field's message for a refused input, else the problem's detail. */
const reasonOf = (error: unknown) =>
  isApiError(error) ? (Object.values(error.fieldErrors())[0] ?? error.message) : error instanceof Error ? error.message : String(error);

/**
 * A team lead claims several items at once, or gives them to a colleague of the team. Each item gets its own result:
 * one refusal does not stop the rest, and the list says which item it was and why. The worklist is read again once,
 * after the last item: reading it after every item made a run of n items wait for n full worklist queries.
 */
export function TeamActions({ selected, onDone }: { selected: WorklistItem[]; onDone: () => void }) {
  const { t } = useTranslation('worklist');
  const id = useId();
  const changed = useWorkChanged();
  const assignees = useAssignees();
  const [assignee, setAssignee] = useState('');
  const [running, setRunning] = useState<'claim' | 'assign' | null>(null);
  const [done, setDone] = useState<{ action: 'claim' | 'assign'; outcomes: Outcome[] } | null>(null);

  const run = async (action: 'claim' | 'assign') => {
    setRunning(action);
    setDone(null);
    const outcomes: Outcome[] = [];
    const name = assignees.data?.find((a) => a.userName === assignee)?.displayName ?? assignee;
    for (const item of selected) {
      try {
        if (action === 'claim') await claimTask(item.bookmarkId, true);
        else await assignTask(item.bookmarkId, assignee);
        outcomes.push({ item, ok: true, message: action === 'claim' ? t('bulk.claimedOne') : t('bulk.assignedOne', { name }) });
      } catch (error) {
        outcomes.push({ item, ok: false, message: t('bulk.failedOne', { reason: reasonOf(error) }) });
      }
    }
    setRunning(null);
    setDone({ action, outcomes });
    onDone();
    // Not awaited: the results are shown now, the rows update when the worklist has been read again.
    void changed(selected.map((item) => item.bookmarkId));
  };

  const none = selected.length === 0;
  const failed = done?.outcomes.filter((o) => !o.ok).length ?? 0;
  return (
    <div className="rw-bulk" role="group" aria-labelledby={`${id}-label`} data-testid="team-actions">
      <Paragraph id={`${id}-label`} className="rw-bulk__label">
        {t('bulk.label', { count: selected.length })}
      </Paragraph>
      <div className="rw-bulk__row">
        <Button appearance="secondary-action-button" disabled={none || running !== null} busy={running === 'claim'} onClick={() => void run('claim')}>
          {t('bulk.claim', { count: selected.length })}
        </Button>
        <span className="rw-bulk__assign">
          <FormLabel htmlFor={`${id}-assignee`}>{t('bulk.assignee')}</FormLabel>
          <Select id={`${id}-assignee`} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <SelectOption value="">{t('bulk.chooseAssignee')}</SelectOption>
            {(assignees.data ?? []).map((a) => (
              <SelectOption key={a.userName} value={a.userName}>
                {a.displayName} ({a.userName})
              </SelectOption>
            ))}
          </Select>
          <Button
            appearance="secondary-action-button"
            disabled={none || assignee === '' || running !== null}
            busy={running === 'assign'}
            onClick={() => void run('assign')}
          >
            {t('bulk.assign', { count: selected.length })}
          </Button>
        </span>
      </div>
      <div aria-live="polite" data-testid="team-action-results">
        {done ? (
          // role="none": the surrounding live region announces it; Utrecht's own status or alert role would say it twice.
          <Alert type={failed === 0 ? 'ok' : 'warning'} role="none">
            <Paragraph>
              {t(done.action === 'claim' ? 'bulk.summary' : 'bulk.assignSummary', { ok: done.outcomes.length - failed, failed })}
            </Paragraph>
            <UnorderedList>
              {done.outcomes.map((o) => (
                <UnorderedListItem key={o.item.bookmarkId} data-ok={o.ok}>
                  {o.item.title} ({o.item.caseTitle ?? o.item.caseFileId}): {o.message}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
