import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addConnection, connectionKey, removeConnections } from '../model/edit';
import { activityName, type ElsaActivity } from '../model/elsa';
import { connectionRefusal, hasInPort, portsToDraw } from '../model/ports';
import { useDesignerStore } from '../state/designerStore';

/** The keyboard path for connections: per outcome port, where it leads, and a list to connect it to another step. */
export function ConnectionsEditor({ activity }: { activity: ElsaActivity }) {
  const { t } = useTranslation('designer');
  const definition = useDesignerStore((s) => s.definition)!;
  const descriptors = useDesignerStore((s) => s.descriptors);
  const ports = portsToDraw(definition, activity, descriptors);
  const targets = definition.root.activities.filter((a) => a.id !== activity.id && hasInPort(a));
  if (ports.length === 0) return <p className="rw-prop__help">{t('connect.noPorts')}</p>;
  return (
    <fieldset className="rw-fieldset">
      <legend>{t('connect.title')}</legend>
      {ports.map((port) => (
        <PortConnections key={port.name} activity={activity} port={port.name} targets={targets} />
      ))}
      <p className="rw-prop__help">{t('connect.help')}</p>
    </fieldset>
  );
}

function PortConnections({ activity, port, targets }: { activity: ElsaActivity; port: string; targets: ElsaActivity[] }) {
  const { t } = useTranslation('designer');
  const definition = useDesignerStore((s) => s.definition)!;
  const descriptors = useDesignerStore((s) => s.descriptors);
  const [target, setTarget] = useState('');
  const outgoing = definition.root.connections.filter((c) => c.source.activity === activity.id && c.source.port === port);
  const selectId = `rw-connect-${activity.id}-${port}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const connect = () => {
    const store = useDesignerStore.getState();
    const refusal = connectionRefusal(definition, descriptors, { source: activity.id, sourcePort: port, target });
    if (refusal) {
      store.announce(t(`connect.refused.${refusal}`));
      return;
    }
    store.edit((d) => addConnection(d, activity.id, port, target));
    const name = targets.find((a) => a.id === target);
    store.announce(t('connect.done', { source: activityName(activity), port, target: name ? activityName(name) : target }));
    setTarget('');
    // The button is disabled until a new target is chosen: keep the focus on the list instead of losing it.
    document.getElementById(selectId)?.focus();
  };
  return (
    <div className="rw-port">
      <h4 className="rw-port__name">{t('connect.port', { port })}</h4>
      {outgoing.length === 0 ? <p className="rw-prop__help">{t('connect.unconnected')}</p> : null}
      <ul className="rw-port__list">
        {outgoing.map((c) => {
          const to = definition.root.activities.find((a) => a.id === c.target.activity);
          const name = to ? activityName(to) : c.target.activity;
          return (
            <li key={connectionKey(c)}>
              {t('connect.leadsTo', { target: name })}{' '}
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => {
                  const store = useDesignerStore.getState();
                  store.edit((d) => removeConnections(d, new Set([connectionKey(c)])));
                  store.announce(t('connect.removed', { port, target: name }));
                }}
              >
                {t('connect.remove', { port, target: name })}
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={selectId}>{t('connect.connectTo', { port })}</label>
      <div className="rw-inline">
        <select id={selectId} className="utrecht-select" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('panel.choose')}</option>
          {targets.map((a) => (
            <option key={a.id} value={a.id}>
              {activityName(a)} ({a.id})
            </option>
          ))}
        </select>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={!target} onClick={connect}>
          {t('connect.connect', { port })}
        </button>
      </div>
    </div>
  );
}
