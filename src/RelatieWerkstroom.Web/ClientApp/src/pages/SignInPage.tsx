import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, Button, ButtonLink, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { openIdConnectSignIn, useMe, useSignIn, useSignInMethods } from '../auth/useMe';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { homeFor } from '../layout/navigation';
import { isApiError } from '../api/problem';

const schema = z.object({
  userName: z.string().trim().min(1, 'signIn.userNameRequired'),
  password: z.string().min(1, 'signIn.passwordRequired'),
});
type SignInForm = z.infer<typeof schema>;

/** Why the OpenID Connect provider's sign-in came back refused (the host's `fout` codes). */
const openIdConnectFailures: Record<string, string> = {
  'oidc-geen-rol': 'signIn.oidcNoRole',
  'oidc-naam-bezet': 'signIn.oidcNameTaken',
  'oidc-geblokkeerd': 'signIn.lockedOut',
  'oidc-mislukt': 'signIn.oidcFailed',
};

/** Only a path inside this app may be a return address (no open redirect). */
const safeReturn = (value: string | null): string | null => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const signIn = useSignIn();
  const methods = useSignInMethods();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = safeReturn(params.get('terug'));
  const { register, handleSubmit, formState } = useForm<SignInForm>({ resolver: zodResolver(schema) });

  if (me.data) return <Navigate to={back ?? homeFor(me.data.roles)} replace />;

  const onSubmit = handleSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: (user) => navigate(back ?? homeFor(user.roles), { replace: true }),
    }),
  );
  const refused = params.get('fout');
  const signedOut = params.has('afgemeld') && !refused && !signIn.error;
  const failure = signIn.error
    ? isApiError(signIn.error) && (signIn.error.status === 401 || signIn.error.status === 400)
      ? t('signIn.wrongCredentials')
      : isApiError(signIn.error) && signIn.error.status === 423
        ? t('signIn.lockedOut')
        : (signIn.error.message ?? t('errors.unexpected'))
    : refused
      ? t(openIdConnectFailures[refused] ?? 'signIn.oidcFailed')
      : null;
  const error = (key: keyof SignInForm) => {
    const message = formState.errors[key]?.message;
    return message ? t(message) : undefined;
  };

  return (
    <section className="rw-narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {/* role="alert" announces the failure itself; a live region around it would say it twice. */}
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {signedOut ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('signIn.signedOut')}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('signIn.userName')} error={error('userName')} required>
          <Textbox autoComplete="username" {...register('userName')} />
        </Field>
        <Field label={t('signIn.password')} error={error('password')} required>
          <Textbox type="password" autoComplete="current-password" {...register('password')} />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
      {methods.data?.openIdConnect ? (
        <div className="rw-sign-in-elsewhere">
          <Paragraph>{t('signIn.orElsewhere')}</Paragraph>
          <ButtonLink appearance="secondary-action-button" href={openIdConnectSignIn(back ?? '/')}>
            {t('signIn.withProvider', { provider: methods.data.openIdConnect })}
          </ButtonLink>
        </div>
      ) : null}
    </section>
  );
}
