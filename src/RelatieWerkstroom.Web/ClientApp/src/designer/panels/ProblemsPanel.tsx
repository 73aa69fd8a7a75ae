import { useReactFlow } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { activityName, designerPosition, designerSize } from '../model/elsa';
import {
  countProblems,
  errorsFirst,
  frictionField,
  frictionValueProblem,
  isError,
  problemText,
  type ProblemCount,
  type ValidationProblem,
} from '../model/problems';
import { useDesignerStore } from '../state/designerStore';

/** "1 fout en 2 waarschuwingen": what there is, leaving out a kind there is none of. */
export function problemSummary(t: TFunction<'designer'>, count: ProblemCount): string {
  const parts = [
    count.errors ? t('problems.errors', { count: count.errors }) : null,
    count.warnings ? t('problems.warnings', { count: count.warnings }) : null,
  ].filter(Boolean);
  return parts.join(` ${t('problems.and')} `);
}

/** The severity as a word with its own sign: never told apart by colour alone. */
export function SeverityLabel({ problem }: { problem: ValidationProblem }) {
  const { t } = useTranslation('designer');
  const error = isError(problem);
  return (
    <span className={`rw-severity rw-severity--${error ? 'error' : 'warning'}`}>
      <span aria-hidden="true">{error ? '✖' : '⚠'}</span> {t(error ? 'problems.severity.Error' : 'problems.severity.Warning')}
    </span>
  );
}

/**
 * What is wrong, in the user's language: a friction figure with its value as written in the definition, anything else
 * by its code; the server's words only for a code the designer has no translation of.
 */
export function ProblemMessage({ problem }: { problem: ValidationProblem }) {
  const { t, i18n } = useTranslation('designer');
  const activity = useDesignerStore((s) => (problem.activityId ? s.definition?.root.activities.find((a) => a.id === problem.activityId) : undefined));
  const friction = frictionValueProblem(problem, activity);
  if (friction) return <>{t(`problems.friction.${friction.kind}`, { value: friction.value })}</>;
  return <>{problemText({ exists: (key) => i18n.exists(key), t: (key, options) => i18n.t(key, options) }, problem)}</>;
}

/** The field a problem is about: its label where the designer has one (the friction fields), else the property path. */
function ProblemField({ path }: { path: string }) {
  const { t } = useTranslation('designer');
  const friction = frictionField.exec(path)?.[1];
  return friction ? <>{t(`friction.${friction}`)}</> : <code>{path}</code>;
}

/** The server's validation of the draft, errors first; a click on a row selects the activity and puts the focus in the field. */
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
  const count = countProblems(problems);
  return (
    <section className="rw-panel rw-problems" aria-labelledby="rw-problems-title">
      <h2 id="rw-problems-title" className="rw-panel__title">
        {t('problems.title')} <span className="rw-count">({problems.length})</span>
      </h2>
      {!checking && problems.length > 0 ? <p className="rw-problems__summary">{problemSummary(t, count)}</p> : null}
      <p className="rw-prop__help">{checking ? t('problems.checking') : problems.length === 0 ? t('problems.none') : t('problems.help')}</p>
      <ul className="rw-problems__list">
        {errorsFirst(problems).map((p, i) => {
          const activity = p.activityId ? definition?.root.activities.find((a) => a.id === p.activityId) : undefined;
          const where = activity ? activityName(activity) : p.activityId ?? t('problems.workflow');
          const severity = isError(p) ? 'error' : 'warning';
          const text = (
            <>
              <SeverityLabel problem={p} />{' '}
              <strong>{where}</strong>
              {p.path ? <> · <ProblemField path={p.path} /></> : null}: <ProblemMessage problem={p} />
            </>
          );
          return (
            <li key={i}>
              {p.activityId ? (
                <button type="button" className={`rw-problems__item rw-problems__item--${severity}`} onClick={() => go(p.activityId, p.path)}>
                  {text}
                </button>
              ) : (
                <span className={`rw-problems__item rw-problems__item--${severity}`}>{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
