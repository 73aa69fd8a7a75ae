import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypeLabel } from '../canvas/typeLabel';
import { ActivityTypes } from '../model/activityTypes';
import { updateActivity } from '../model/edit';
import { activityName, type ElsaActivity } from '../model/elsa';
import { useDesignerStore } from '../state/designerStore';
import { ActionsEditor } from './ActionsEditor';
import { CommitInput } from './CommitInput';
import { ConnectionsEditor } from './ConnectionsEditor';
import { DiscretionEditor } from './DiscretionEditor';
import { fieldId } from './fieldIds';
import { FormFieldsEditor } from './FormFieldsEditor';
import { FrictionEditor } from './FrictionEditor';
import { GenericInput } from './GenericInput';
import { LegalTermPicker } from './LegalTermPicker';
import { PropertyField } from './PropertyField';
import { ServiceStepRequest } from './ServiceStepRequest';

/** Inputs a domain editor shows itself; the rest come from the descriptor. */
const ownInputs: Record<string, ReadonlySet<string>> = {
  [ActivityTypes.discretionPoint]: new Set(['discretionId', 'question', 'options', 'defaultOption', 'legalBasis', 'roles', 'reasonRequired', 'kind', 'defaultBasis']),
  [ActivityTypes.humanTask]: new Set(['formFields', 'actions']),
  [ActivityTypes.serviceStep]: new Set(['request']),
};

/** The selected activity's properties: generated from its descriptor, plus the domain editors. */
export function PropertyPanel() {
  const { t } = useTranslation('designer');
  const typeLabel = useTypeLabel();
  const definition = useDesignerStore((s) => s.definition);
  const selected = useDesignerStore((s) => s.selectedNodes);
  const descriptors = useDesignerStore((s) => s.descriptors);
  const fieldFocus = useDesignerStore((s) => s.fieldFocus);

  useEffect(() => {
    if (!fieldFocus) return;
    // The panel renders the activity first; then the field (or its nearest editor) takes the focus.
    const timer = window.setTimeout(() => {
      const element = document.getElementById(fieldId(fieldFocus.activityId, fieldFocus.path))
        ?? document.getElementById(fieldId(fieldFocus.activityId, fieldFocus.path.split(/[.[]/)[0] ?? ''));
      element?.focus();
      element?.scrollIntoView({ block: 'center' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [fieldFocus]);

  if (!definition) return null;
  if (selected.size !== 1) {
    return (
      <section className="rw-panel" aria-labelledby="rw-props-title">
        <h2 id="rw-props-title" className="rw-panel__title">{t('panel.title')}</h2>
        <p>{selected.size === 0 ? t('panel.nothingSelected') : t('panel.manySelected', { count: selected.size })}</p>
      </section>
    );
  }
  const id = [...selected][0]!;
  const activity = definition.root.activities.find((a) => a.id === id);
  if (!activity) return null;
  const descriptor = descriptors.get(activity.type);
  const change = (next: ElsaActivity) => useDesignerStore.getState().edit((d) => updateActivity(d, id, () => next));
  const own = ownInputs[activity.type] ?? new Set<string>();

  return (
    <section className="rw-panel" aria-labelledby="rw-props-title">
      <h2 id="rw-props-title" className="rw-panel__title">
        {t('panel.titleFor', { name: activityName(activity) })}
      </h2>
      <p className="rw-prop__help">
        {typeLabel(activity.type)} · {t('panel.id', { id: activity.id })}
      </p>
      {!descriptor ? <p className="rw-field-problems">{t('panel.unknownType', { type: activity.type })}</p> : null}
      <PropertyField activityId={id} path="name" label={t('panel.name')}>
        {(props) => (
          <CommitInput
            {...props}
            value={typeof activity.name === 'string' ? activity.name : ''}
            onCommit={(v) => change({ ...activity, name: v })}
          />
        )}
      </PropertyField>
      {activity.type === ActivityTypes.discretionPoint ? <DiscretionEditor activity={activity} onChange={change} /> : null}
      {activity.type === ActivityTypes.serviceStep ? <ServiceStepRequest activity={activity} onChange={change} /> : null}
      {(descriptor?.inputs ?? [])
        .filter((input) => !own.has(input.name))
        .map((input) =>
          activity.type === ActivityTypes.legalClock && (input.name === 'term' || input.name === 'extension') ? (
            <LegalTermPicker key={`${id}-${input.name}`} definition={definition} activity={activity} input={input.name} descriptor={input} onChange={change} />
          ) : (
            <GenericInput key={input.name} definition={definition} activity={activity} input={input} onChange={change} />
          ),
        )}
      {activity.type === ActivityTypes.humanTask ? (
        <ActionsEditor
          key={`${id}-actions`}
          definition={definition}
          activity={activity}
          descriptor={descriptor?.inputs.find((i) => i.name === 'actions')}
          onChange={change}
        />
      ) : null}
      {activity.type === ActivityTypes.humanTask ? <FormFieldsEditor activity={activity} onChange={change} /> : null}
      <FrictionEditor activity={activity} onChange={change} />
      <ConnectionsEditor activity={activity} />
    </section>
  );
}
