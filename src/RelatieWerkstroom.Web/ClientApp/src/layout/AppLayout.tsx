import { NavBar, NavList, PageContent, PageFooter, PageHeader, Paragraph, SkipLink, Button } from '@utrecht/component-library-react';
import { Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSignOut } from '../auth/useMe';
import { NavListRouterLink } from '../components/AppLink';
import { AnnouncerProvider } from '../components/LiveAnnouncer';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';

/** The one layout: skip link, header with the user and language switch, navigation by role, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const items = me.data ? navigationFor(me.data.roles) : [];

  return (
    <div className="rw-app">
      <SkipLink href="#inhoud">{t('layout.skipToContent')}</SkipLink>
      <PageHeader className="rw-header">
        <div className="rw-header__bar">
          <span className="rw-header__name">{t('app.name')}</span>
          <div className="rw-header__tools">
            {me.data ? (
              <>
                <Paragraph className="rw-header__user">
                  {t('layout.signedInAs', { name: me.data.displayName })}
                  {me.data.team ? ` · ${t('layout.team', { team: me.data.team })}` : ''}
                </Paragraph>
                <Button
                  appearance="secondary-action-button"
                  busy={signOut.isPending}
                  onClick={() =>
                    // After a provider sign-in the browser goes on to the provider's end-session address instead.
                    signOut.mutate(undefined, { onSettled: (signedOut) => (signedOut?.endSession ? undefined : navigate('/inloggen')) })
                  }
                >
                  {t('layout.signOut')}
                </Button>
              </>
            ) : null}
            <LanguageSwitch />
          </div>
        </div>
      </PageHeader>
      {items.length > 0 ? (
        <NavBar aria-label={t('layout.mainNavigation')} className="rw-nav">
          <NavList>
            {items.map((item) => (
              <li className="utrecht-nav-list__item" key={item.to}>
                <NavListRouterLink to={item.to} end={item.to === '/audit'}>
                  {t(item.label)}
                </NavListRouterLink>
              </li>
            ))}
          </NavList>
        </NavBar>
      ) : null}
      <PageContent className="rw-content">
        <main id="inhoud" tabIndex={-1}>
          <AnnouncerProvider>
            <Outlet />
          </AnnouncerProvider>
        </main>
      </PageContent>
      <PageFooter className="rw-footer">
        <Paragraph>{t('layout.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}
