import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activityName, designerPosition, designerSize, type ElsaDefinition } from '../model/elsa';
import { useDesignerStore } from '../state/designerStore';

/** What each step is called in the list: its name, with its id where two steps share a name. */
export function stepChoices(definition: ElsaDefinition): { id: string; label: string }[] {
  const names = definition.root.activities.map((a) => activityName(a));
  const seen = new Map<string, number>();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  return definition.root.activities
    .map((a, i) => ({ id: a.id, label: seen.get(names[i]!)! > 1 ? `${names[i]} (${a.id})` : names[i]! }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** The step a typed text means: the exact label or id first, else the first whose label contains it. */
export function findStep(choices: { id: string; label: string }[], text: string): string | undefined {
  const q = text.trim().toLocaleLowerCase('nl');
  if (!q) return undefined;
  return (
    choices.find((c) => c.label.toLocaleLowerCase('nl') === q || c.id.toLocaleLowerCase('nl') === q) ??
    choices.find((c) => c.label.toLocaleLowerCase('nl').includes(q))
  )?.id;
}

/**
 * "Ga naar stap": type (or pick) a step's name and the canvas centres on it, selects it and puts the focus on it, so
 * a keyboard user reaches any step of a large flowchart without tabbing through all of them.
 */
export function GoToStep({ onSelected }: { onSelected: () => void }) {
  const { t } = useTranslation('designer');
  const id = useId();
  const definition = useDesignerStore((s) => s.definition);
  const choices = useMemo(() => (definition ? stepChoices(definition) : []), [definition]);
  const [text, setText] = useState('');
  const flow = useReactFlow();

  const go = () => {
    const store = useDesignerStore.getState();
    const target = findStep(choices, text);
    const activity = target ? store.definition?.root.activities.find((a) => a.id === target) : undefined;
    if (!activity) {
      store.announce(t('goTo.notFound', { text: text.trim() }));
      return;
    }
    store.select([activity.id]);
    onSelected();
    const p = designerPosition(activity);
    const size = designerSize(activity);
    if (p) void flow.setCenter(p.x + size.width / 2, p.y + size.height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 0 });
    store.announce(t('goTo.done', { name: activityName(activity) }));
    // The canvas draws only what is in view: the node appears a frame or two after the view moved.
    let tries = 0;
    const focus = () => {
      const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(activity.id)}"]`);
      if (node) node.focus();
      else if (++tries < 30) window.requestAnimationFrame(focus);
    };
    window.requestAnimationFrame(focus);
  };

  return (
    <form
      className="rw-goto"
      role="search"
      aria-label={t('goTo.label')}
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
    >
      <label htmlFor={`${id}-step`} className="rw-goto__label">{t('goTo.label')}</label>
      <input
        id={`${id}-step`}
        className="utrecht-textbox rw-goto__input"
        type="search"
        list={`${id}-steps`}
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-help`}
      />
      <datalist id={`${id}-steps`}>
        {choices.map((c) => (
          <option key={c.id} value={c.label} />
        ))}
      </datalist>
      <span id={`${id}-help`} className="rw-visually-hidden">{t('goTo.help')}</span>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">{t('goTo.go')}</button>
    </form>
  );
}
