import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useClaim } from './useWorklist';

interface Props {
  bookmarkId: string;
  title: string;
  assignedTo: string | null | undefined;
  userName: string;
  onResult?: (message: string, ok: boolean) => void;
}

/** Claim free work, release own work; work held by someone else says by whom. */
export function ClaimButton({ bookmarkId, title, assignedTo, userName, onResult }: Props) {
  const { t } = useTranslation('worklist');
  const claim = useClaim();
  if (assignedTo && assignedTo !== userName) return <span>{t('heldBy', { name: assignedTo })}</span>;
  const mine = assignedTo === userName;
  return (
    <Button
      appearance={mine ? 'secondary-action-button' : 'primary-action-button'}
      busy={claim.isPending}
      disabled={claim.isPending}
      onClick={() =>
        claim.mutate(
          { bookmarkId, claim: !mine },
          {
            onSuccess: () => onResult?.(t(mine ? 'released' : 'claimed', { title }), true),
            onError: (error) => onResult?.(t('claimFailed', { title, reason: error.message }), false),
          },
        )
      }
    >
      {mine ? t('release') : t('claim')}
      <span className="rw-visually-hidden">: {title}</span>
    </Button>
  );
}
