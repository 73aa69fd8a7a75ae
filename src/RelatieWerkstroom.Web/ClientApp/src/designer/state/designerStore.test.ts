import { describe, expect, it } from 'vitest';
import { addActivity } from '../model/edit';
import { readDefinition } from '../model/elsa';
import { newDefinition } from '../pages/newDefinition';
import { redo, undo, useDesignerStore } from './designerStore';

const count = () => useDesignerStore.getState().definition!.root.activities.length;

describe('designer history', () => {
  it('undoes and redoes edits, and selecting, problems and announcements are no steps of their own', () => {
    const store = useDesignerStore.getState();
    store.load(readDefinition(newDefinition('proef', 'Proef')));
    for (const type of ['Elsa.Start', 'RelatieWerkstroom.HumanTask', 'Elsa.End']) {
      useDesignerStore.getState().edit((d) => addActivity(d, type, type, { x: 0, y: 0 }).definition);
      useDesignerStore.getState().select([type]);
    }
    expect(count()).toBe(3);
    undo();
    useDesignerStore.getState().select(['Elsa.Start']);
    useDesignerStore.getState().setProblems([]);
    useDesignerStore.getState().announce('Ongedaan gemaakt.');
    expect(count()).toBe(2);
    redo();
    expect(count()).toBe(3);
    undo();
    undo();
    undo();
    expect(count()).toBe(0);
    undo(); // nothing before the opened definition
    expect(count()).toBe(0);
  });
});
