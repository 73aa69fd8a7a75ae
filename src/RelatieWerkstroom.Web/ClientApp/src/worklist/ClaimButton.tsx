import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../components/LiveAnnouncer';
import { useClaim } from './useWorklist';

interface Props {
  bookmarkId: string;
  title: string;
  assignedTo: string | null | undefined;
  userName: string;
}

/** Claim free work, release own work; work held by someone else says by whom. The result is announced. */
export function ClaimButton({ bookmarkId, title, assignedTo, userName }: Props) {
  const { t } = useTranslation('worklist');
  const announce = useAnnounce();
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
            onSuccess: () => announce(t(mine ? 'released' : 'claimed', { title })),
            onError: (error) => announce(t('claimFailed', { title, reason: error.message })),
          },
        )
      }
    >
      {mine ? t('release') : t('claim')}
      <span className="rw-visually-hidden">: {title}</span>
    </Button>
  );
}
