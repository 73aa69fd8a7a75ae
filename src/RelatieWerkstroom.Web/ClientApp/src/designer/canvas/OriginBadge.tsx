import type { TFunction } from 'i18next';
import { OriginLetter, type Origin } from '../model/friction';

/**
 * The rule origin of a step as a letter in a shape (circle N, square L, diamond C, triangle I) with the word
 * beside it, so the origin never depends on colour.
 */
export function OriginBadge({ origin, t }: { origin: Origin | undefined; t: TFunction<'designer'> }) {
  if (!origin) {
    return <span className="rw-step-origin rw-step-origin--unknown">? {t('origin.unknown')}</span>;
  }
  return (
    <span className={`rw-step-origin rw-step-origin--${origin}`}>
      <span className="rw-step-origin__shape" aria-hidden="true">
        {OriginLetter[origin]}
      </span>
      <span>{t(`origin.${origin}`)}</span>
    </span>
  );
}
