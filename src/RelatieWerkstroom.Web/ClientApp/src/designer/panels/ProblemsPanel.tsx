import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { activityName, designerPosition, designerSize } from '../model/elsa';
import { useDesignerStore } from '../state/designerStore';

/** The server's validation of the draft; a click on a row selects the activity and puts the focus in the field. */
export function ProblemsPanel({ checking }: { checking: boolean }) {
  const { t } = useTranslation('designer');
  const problems = useDesignerStore((s) => s.problems);
  const definition = useDesignerStore((s) => s.definition);
  const flow = useReactFlow();
  const go = (activityId: string | null | undefined, path: string) => {
    const store = useDesignerStore.getState();
    if (!activityId || !definition) return;
    const activity = definition.root.activities.find((a) => a.id === activityId);
    if (!activity) return;
    store.select([activityId]);
    store.focusField({ activityId, path });
    const p = designerPosition(activity);
    const size = designerSize(activity);
    if (p) void flow.setCenter(p.x + size.width / 2, p.y + size.height / 2, { zoom: 1, duration: 0 });
  };
  return (
    <section className="rw-panel rw-problems" aria-labelledby="rw-problems-title">
      <h2 id="rw-problems-title" className="rw-panel__title">
        {t('problems.title')} <span className="rw-count">({problems.length})</span>
      </h2>
      <p className="rw-prop__help">{checking ? t('problems.checking') : problems.length === 0 ? t('problems.none') : t('problems.help')}</p>
      <ul className="rw-problems__list">
        {problems.map((p, i) => {
          const activity = p.activityId ? definition?.root.activities.find((a) => a.id === p.activityId) : undefined;
          const where = activity ? activityName(activity) : p.activityId ?? t('problems.workflow');
          return (
            <li key={i}>
              {p.activityId ? (
                <button type="button" className="rw-problems__item" onClick={() => go(p.activityId, p.path)}>
                  <span aria-hidden="true">⚠ </span>
                  <strong>{where}</strong>
                  {p.path ? <> · <code>{p.path}</code></> : null}: {p.message}
                </button>
              ) : (
                <span>
                  <span aria-hidden="true">⚠ </span>
                  <strong>{where}</strong>
                  {p.path ? <> · <code>{p.path}</code></> : null}: {p.message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
