import { useTranslation } from 'react-i18next';
import { deadlineStatus, todayInNetherlands } from '../worklist/deadline';
import { formatDate } from './format';

const icons = { overdue: '!', today: '!', soon: '◷', later: '✓', none: '–' } as const;

/**
 * A deadline in words ("nog 3 dagen", "2 dagen te laat"), with an icon and a colour per urgency:
 * the words carry the meaning, colour and icon only repeat it.
 */
export function DeadlineBadge({ deadline, today = todayInNetherlands() }: { deadline: string | null | undefined; today?: string }) {
  const { t, i18n } = useTranslation();
  const status = deadlineStatus(deadline, today);
  const words =
    status.level === 'none'
      ? t('deadline.none')
      : status.level === 'overdue'
        ? t('deadline.overdue', { count: -(status.days ?? 0) })
        : status.level === 'today'
          ? t('deadline.today')
          : t('deadline.left', { count: status.days ?? 0 });
  return (
    <span className={`rw-deadline rw-deadline--${status.level}`} data-level={status.level}>
      <span className="rw-deadline__icon" aria-hidden="true">
        {icons[status.level]}
      </span>
      <span className="rw-deadline__words">{words}</span>
      {deadline ? <span className="rw-deadline__date">{formatDate(deadline, i18n.language)}</span> : null}
    </span>
  );
}
