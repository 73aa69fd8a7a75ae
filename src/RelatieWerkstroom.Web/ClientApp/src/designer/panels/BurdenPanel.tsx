import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSteps, mainRoutes, total, type Burden, type BurdenByOrigin, type Route } from '../model/burden';
import { activityName, type ElsaDefinition } from '../model/elsa';
import { Origins } from '../model/friction';
import { useDesignerStore } from '../state/designerStore';

const origins = [...Origins, 'unknown'] as const;

/** Professional and citizen minutes by rule origin, per step and along the main routes, beside the published version. */
export function BurdenPanel({ published }: { published: ElsaDefinition | undefined }) {
  const { t } = useTranslation('designer');
  const definition = useDesignerStore((s) => s.definition);
  const descriptors = useDesignerStore((s) => s.descriptors);
  const draftRoutes = useMemo(() => (definition ? mainRoutes(definition, descriptors) : []), [definition, descriptors]);
  const publishedRoutes = useMemo(() => (published ? mainRoutes(published, descriptors) : []), [published, descriptors]);
  const steps = useMemo(() => (definition ? compareSteps(definition, published) : []), [definition, published]);
  if (!definition) return null;
  const byId = new Map(definition.root.activities.map((a) => [a.id, a]));
  const routeName = (r: Route) => {
    if (!r.choice) return t('burden.standardRoute');
    const activity = byId.get(r.choice.activityId);
    return t('burden.deviation', { step: activity ? activityName(activity) : r.choice.activityId, option: r.choice.port });
  };
  const publishedRoute = (r: Route) =>
    publishedRoutes.find((p) => (p.choice?.activityId ?? '') === (r.choice?.activityId ?? '') && (p.choice?.port ?? '') === (r.choice?.port ?? ''));
  const changedSteps = steps.filter((s) => s.changed);
  const standard = draftRoutes[0];
  const standardPublished = standard ? publishedRoute(standard) : undefined;
  return (
    <section className="rw-panel" aria-labelledby="rw-burden-title">
      <h2 id="rw-burden-title" className="rw-panel__title">{t('burden.title')}</h2>
      <p className="rw-prop__help">{published ? t('burden.help') : t('burden.noPublished')}</p>
      {standard ? (
        <OriginTable
          caption={t('burden.standardCaption')}
          draft={standard.byOrigin}
          published={standardPublished?.byOrigin}
        />
      ) : null}
      <h3>{t('burden.changedSteps')}</h3>
      {changedSteps.length === 0 ? (
        <p>{published ? t('burden.noChangedSteps') : t('burden.noPublished')}</p>
      ) : (
        <table className="utrecht-table rw-table" id="rw-burden-changed">
          <caption className="rw-visually-hidden">{t('burden.changedSteps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('burden.step')}</th>
              <th scope="col">{t('burden.origin')}</th>
              <th scope="col">{t('burden.minutesPublished')}</th>
              <th scope="col">{t('burden.minutesDraft')}</th>
              <th scope="col">{t('burden.citizenPublished')}</th>
              <th scope="col">{t('burden.citizenDraft')}</th>
            </tr>
          </thead>
          <tbody>
            {changedSteps.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}{!s.draft ? ` (${t('mark.removed')})` : !s.published ? ` (${t('mark.added')})` : ''}</th>
                <td>{t(`origin.${(s.draft ?? s.published)!.origin}`)}</td>
                <td>{s.published?.minutes ?? '–'}</td>
                <td>{s.draft?.minutes ?? '–'}</td>
                <td>{s.published?.citizenMinutes ?? '–'}</td>
                <td>{s.draft?.citizenMinutes ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('burden.routes')}</h3>
      <table className="utrecht-table rw-table" id="rw-burden-routes">
        <caption className="rw-visually-hidden">{t('burden.routes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('burden.route')}</th>
            <th scope="col">{t('burden.steps')}</th>
            <th scope="col">{t('burden.minutesPublished')}</th>
            <th scope="col">{t('burden.minutesDraft')}</th>
            <th scope="col">{t('burden.citizenPublished')}</th>
            <th scope="col">{t('burden.citizenDraft')}</th>
          </tr>
        </thead>
        <tbody>
          {draftRoutes.map((r, i) => {
            const p = publishedRoute(r);
            const d = total(r.byOrigin);
            const pt = p ? total(p.byOrigin) : undefined;
            return (
              <tr key={i}>
                <th scope="row">{routeName(r)}{r.reachesEnd ? '' : ` (${t('burden.noEnd')})`}</th>
                <td>{r.steps.length}</td>
                <td>{pt?.minutes ?? '–'}</td>
                <td>{d.minutes}</td>
                <td>{pt?.citizenMinutes ?? '–'}</td>
                <td>{d.citizenMinutes}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function OriginTable({ caption, draft, published }: { caption: string; draft: BurdenByOrigin; published?: BurdenByOrigin }) {
  const { t } = useTranslation('designer');
  const row = (b: Burden | undefined, key: keyof Burden) => (b ? b[key] : '–');
  return (
    <table className="utrecht-table rw-table" id="rw-burden-origins">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('burden.origin')}</th>
          <th scope="col">{t('burden.minutesPublished')}</th>
          <th scope="col">{t('burden.minutesDraft')}</th>
          <th scope="col">{t('burden.citizenPublished')}</th>
          <th scope="col">{t('burden.citizenDraft')}</th>
        </tr>
      </thead>
      <tbody>
        {origins.map((o) => (
          <tr key={o}>
            <th scope="row">{t(`origin.${o}`)}</th>
            <td>{row(published?.[o], 'minutes')}</td>
            <td>{draft[o].minutes}</td>
            <td>{row(published?.[o], 'citizenMinutes')}</td>
            <td>{draft[o].citizenMinutes}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('burden.total')}</th>
          <td>{published ? total(published).minutes : '–'}</td>
          <td>{total(draft).minutes}</td>
          <td>{published ? total(published).citizenMinutes : '–'}</td>
          <td>{total(draft).citizenMinutes}</td>
        </tr>
      </tbody>
    </table>
  );
}
