import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputDescriptor } from '../model/descriptors';
import { activityName, type ElsaActivity, type ElsaDefinition } from '../model/elsa';
import {
  actionNameRefusal,
  actionsAreEditable,
  addAction,
  moveAction,
  removeAction,
  renameAction,
  taskActions,
  type ActionRefusal,
} from '../model/taskActions';
import { undo, useDesignerStore } from '../state/designerStore';
import { CommitInput } from './CommitInput';
import { fieldId } from './fieldIds';
import { GenericInput } from './GenericInput';
import { PropertyField } from './PropertyField';

interface Props {
  definition: ElsaDefinition;
  activity: ElsaActivity;
  descriptor: InputDescriptor | undefined;
  onChange: (activity: ElsaActivity) => void;
}

/** Focuses an element once React has drawn the change that creates or moves it. */
function focusSoon(...ids: string[]) {
  window.setTimeout(() => {
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  }, 0);
}

/**
 * A human task's actions (the buttons the caseworker completes it with), each an outcome port of the step: add,
 * rename, reorder and remove them. The ports on the canvas follow; a renamed action keeps its connections, a removed
 * one takes its connections along in the same edit, which the notice below (or Ctrl+Z) undoes.
 */
export function ActionsEditor({ definition, activity, descriptor, onChange }: Props) {
  const { t } = useTranslation('designer');
  const [refused, setRefused] = useState<{ index: number; name: string; reason: ActionRefusal } | null>(null);
  // The removal the notice offers to undo; only while nothing else changed since (else Ctrl+Z would undo something else).
  const [removed, setRemoved] = useState<{ name: string; count: number; index: number; after: ElsaDefinition | null } | null>(null);
  if (!actionsAreEditable(activity) && descriptor) {
    return <GenericInput definition={definition} activity={activity} input={descriptor} onChange={onChange} />;
  }

  const actions = taskActions(activity);
  const id = activity.id;
  const store = () => useDesignerStore.getState();
  const itemId = (i: number, part: string) => fieldId(id, `actions.${i}.${part}`);
  const undoId = fieldId(id, 'actions.undo');
  const targetName = (target: string) => {
    const to = definition.root.activities.find((a) => a.id === target);
    return to ? activityName(to) : target;
  };

  const rename = (index: number, name: string) => {
    const reason = actionNameRefusal(actions, index, name);
    if (reason) {
      setRefused({ index, name: name.trim(), reason });
      store().announce(t(`task.actionRefused.${reason}`, { name: name.trim(), n: index + 1 }));
      return;
    }
    setRefused(null);
    const old = actions[index]!;
    if (old === name.trim()) return;
    const moving = definition.root.connections.filter((c) => c.source.activity === id && c.source.port === old).length;
    store().edit((d) => renameAction(d, id, index, name));
    store().announce(t(moving === 0 ? 'task.actionRenamedAlone' : 'task.actionRenamed', { old, name: name.trim() }));
  };

  const move = (index: number, delta: number) => {
    store().edit((d) => moveAction(d, id, index, delta));
    const to = index + delta;
    store().announce(t('task.actionMoved', { name: actions[index], place: to + 1, total: actions.length }));
    focusSoon(itemId(to, delta < 0 ? 'up' : 'down'), itemId(to, delta < 0 ? 'down' : 'up'));
  };

  const remove = (index: number) => {
    const name = actions[index]!;
    let gone: string[] = [];
    store().edit((d) => {
      const result = removeAction(d, id, index);
      gone = result.removed.map((c) => targetName(c.target.activity));
      return result.definition;
    });
    setRefused(null);
    setRemoved({ name, count: gone.length, index, after: store().definition });
    store().announce(
      gone.length === 0
        ? t('task.actionRemovedAlone', { name })
        : t('task.actionRemoved', { name, count: gone.length, targets: gone.join(', ') }),
    );
    focusSoon(undoId);
  };

  const takeBack = () => {
    undo();
    store().announce(t('toolbar.undone'));
    const index = removed?.index ?? 0;
    setRemoved(null);
    focusSoon(itemId(index, 'name'));
  };

  const add = () => {
    let given = '';
    store().edit((d) => {
      const result = addAction(d, id, t('task.newAction'));
      given = result.name;
      return result.definition;
    });
    store().announce(t('task.actionAdded', { name: given }));
    focusSoon(itemId(actions.length, 'name'));
  };

  return (
    <PropertyField activityId={id} path="actions" label={t('task.actions')} description={t('task.actionsHelp')}>
      {(props) => (
        <div id={props.id} tabIndex={-1} aria-describedby={props['aria-describedby']} className="rw-options">
          <ol className="rw-actions">
            {actions.map((name, i) => {
              const problem = refused?.index === i ? refused : null;
              const problemId = itemId(i, 'problem');
              return (
                <li key={i} className="rw-option rw-action">
                  <label htmlFor={itemId(i, 'name')}>{t('task.actionName', { n: i + 1 })}</label>
                  <CommitInput
                    id={itemId(i, 'name')}
                    value={name}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? problemId : undefined}
                    onCommit={(v) => rename(i, v)}
                  />
                  {problem ? (
                    <p id={problemId} className="rw-field-problems">
                      {t(`task.actionRefused.${problem.reason}`, { name: problem.name, n: i + 1 })}
                    </p>
                  ) : null}
                  <div className="rw-inline">
                    <button type="button" id={itemId(i, 'up')} aria-label={`${t('task.moveUp')}: ${name}`} className="utrecht-button utrecht-button--subtle" disabled={i === 0} onClick={() => move(i, -1)}>
                      {t('task.moveUp')}
                    </button>
                    <button
                      type="button"
                      id={itemId(i, 'down')}
                      aria-label={`${t('task.moveDown')}: ${name}`}
                      className="utrecht-button utrecht-button--subtle"
                      disabled={i === actions.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      {t('task.moveDown')}
                    </button>
                    <button type="button" id={itemId(i, 'remove')} aria-label={`${t('task.removeAction')}: ${name}`} className="utrecht-button utrecht-button--secondary-action" onClick={() => remove(i)}>
                      {t('task.removeAction')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          {removed && removed.after === definition ? (
            <p className="rw-inline rw-action-removed">
              {removed.count === 0
                ? t('task.actionRemovedAlone', { name: removed.name })
                : t('task.actionRemovedShort', { name: removed.name, count: removed.count })}
              <button type="button" id={undoId} className="utrecht-button utrecht-button--secondary-action" onClick={takeBack}>
                {t('task.undoRemove', { name: removed.name })}
              </button>
            </p>
          ) : null}
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={add}>
            {t('task.addAction')}
          </button>
        </div>
      )}
    </PropertyField>
  );
}
