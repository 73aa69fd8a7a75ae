import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { activityName, InPort } from '../model/elsa';
import type { ActivityFlowNode } from '../model/flowGraph';
import { readFriction } from '../model/friction';
import { hasInPort } from '../model/ports';
import { useNodeLabels } from './nodeLabels';
import { OriginBadge } from './OriginBadge';

/**
 * One activity on the canvas: name, type, rule-origin badge, problems, and one handle per outcome port. The handles
 * are for the mouse and hidden from screen readers; the property panel's connection list is the keyboard path.
 */
function ActivityNodeView({ data, selected }: NodeProps<ActivityFlowNode>) {
  const { t, typeLabel } = useNodeLabels();
  const { activity, ports, errorCount, warningCount, mark } = data;
  const friction = readFriction(activity);
  const classes = ['rw-node', selected ? 'rw-node--selected' : '', errorCount ? 'rw-node--problem' : warningCount ? 'rw-node--warning' : '', mark ? `rw-node--${mark}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      {hasInPort(activity) ? (
        <Handle type="target" position={Position.Top} id={InPort} aria-hidden="true" />
      ) : null}
      <div className="rw-node__head">
        <OriginBadge origin={friction?.origin} t={t} />
        {mark ? <span className={`rw-node__mark rw-node__mark--${mark}`}>{t(`mark.${mark}`)}</span> : null}
        {errorCount > 0 ? (
          <span className="rw-node__problems">
            <span aria-hidden="true">✖ </span>
            {t('canvas.errorCount', { count: errorCount })}
          </span>
        ) : null}
        {warningCount > 0 ? (
          <span className="rw-node__warnings">
            <span aria-hidden="true">⚠ </span>
            {t('canvas.warningCount', { count: warningCount })}
          </span>
        ) : null}
      </div>
      <div className="rw-node__name">{activityName(activity)}</div>
      <div className="rw-node__type">{typeLabel(activity.type)}</div>
      {ports.map((port, i) => {
        const left = `${((i + 1) / (ports.length + 1)) * 100}%`;
        // A lone outcome needs no label: the line leaving the node says enough.
        const labelled = ports.length > 1 || !port.known;
        return (
          <div key={port.name}>
            {labelled ? (
              <span className={`rw-node__port${port.known ? '' : ' rw-node__port--unknown'}`} style={{ left, maxInlineSize: `${Math.floor(100 / ports.length)}%` }}>
                {port.known ? port.name : t('canvas.unknownPort', { port: port.name })}
              </span>
            ) : null}
            <Handle
              type="source"
              position={Position.Bottom}
              id={port.name}
              style={{ left }}
              aria-hidden="true"
            />
          </div>
        );
      })}
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
