import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypeLabel } from '../canvas/typeLabel';
import { addActivity, addConnection } from '../model/edit';
import { activityById, designerPosition, type Position } from '../model/elsa';
import { outcomePorts } from '../model/ports';
import { useDesignerStore } from '../state/designerStore';

/** Order of the categories in the palette: the domain first. */
const categoryOrder = ['Casework', 'Flow', 'Branching', 'Scheduling', 'Composition', 'Primitives', 'Scripting'];

/**
 * The palette, generated from the descriptors, by category, with a search. Adding places the step after the
 * selected one and connects its first free port, so a flowchart can be built with the keyboard alone.
 */
export function Palette() {
  const { t, i18n } = useTranslation('designer');
  const typeLabel = useTypeLabel();
  const descriptors = useDesignerStore((s) => s.descriptors);
  const [query, setQuery] = useState('');
  const flow = useReactFlow();

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = [...descriptors.values()].filter(
      (d) => !q || typeLabel(d.typeName).toLowerCase().includes(q) || d.typeName.toLowerCase().includes(q),
    );
    const byCategory = new Map<string, typeof matching>();
    for (const d of matching) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
    const rank = (c: string) => (categoryOrder.includes(c) ? categoryOrder.indexOf(c) : categoryOrder.length);
    return [...byCategory.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }, [descriptors, query, typeLabel]);

  const add = (typeName: string) => {
    const store = useDesignerStore.getState();
    const definition = store.definition;
    if (!definition) return;
    const after = store.selectedNodes.size === 1 ? activityById(definition, [...store.selectedNodes][0]!) : undefined;
    const afterPosition = after ? designerPosition(after) : undefined;
    const bounds = document.querySelector('.rw-canvas')?.getBoundingClientRect();
    const position: Position = afterPosition
      ? { x: afterPosition.x + 320, y: afterPosition.y }
      : flow.screenToFlowPosition({ x: (bounds?.left ?? 0) + (bounds?.width ?? 600) / 2, y: (bounds?.top ?? 0) + (bounds?.height ?? 400) / 2 });
    const name = typeLabel(typeName);
    const added = addActivity(definition, typeName, name, position);
    let next = added.definition;
    let connectedPort: string | undefined;
    if (after) {
      const used = new Set(definition.root.connections.filter((c) => c.source.activity === after.id).map((c) => c.source.port));
      connectedPort = outcomePorts(after, store.descriptors.get(after.type)).find((p) => !used.has(p));
      if (connectedPort) next = addConnection(next, after.id, connectedPort, added.id);
    }
    store.edit(() => next);
    store.select([added.id]);
    // Keep the new step in view (the canvas draws only what is visible).
    void flow.setCenter(position.x + 120, position.y + 32, { zoom: flow.getZoom(), duration: 0 });
    store.announce(
      connectedPort && after
        ? t('palette.addedAfter', { name, after: after.name ?? after.id, port: connectedPort })
        : t('palette.added', { name }),
    );
  };

  return (
    <section className="rw-panel rw-palette" id="rw-palette" aria-labelledby="rw-palette-title">
      <h2 id="rw-palette-title" className="rw-panel__title">{t('palette.title')}</h2>
      <label htmlFor="rw-palette-search">{t('palette.search')}</label>
      <input
        id="rw-palette-search"
        type="search"
        className="utrecht-textbox utrecht-textbox--html-input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="rw-prop__help">{t('palette.help')}</p>
      {groups.length === 0 ? <p role="status">{t('palette.none')}</p> : null}
      {groups.map(([category, items]) => (
        <div key={category}>
          <h3 className="rw-palette__category">
            {i18n.exists(`categories.${category}`, { ns: 'designer' }) ? t(`categories.${category}`) : category}
          </h3>
          <ul className="rw-palette__list">
            {items.map((d) => (
              <li key={d.typeName}>
                <button type="button" className="rw-palette__item" onClick={() => add(d.typeName)} title={d.description ?? undefined}>
                  <span className="rw-visually-hidden">{t('palette.add')} </span>
                  {typeLabel(d.typeName)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
