import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from '../i18n';

/** Offers the other language, named in that language (lang attribute for the screen reader). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = languages.find((language) => language !== i18n.language) ?? 'nl';
  return (
    <Button appearance="subtle-button" lang={other} onClick={() => setLanguage(other)} aria-label={t(`language.switchTo.${other}`)}>
      {t(`language.name.${other}`)}
    </Button>
  );
}
