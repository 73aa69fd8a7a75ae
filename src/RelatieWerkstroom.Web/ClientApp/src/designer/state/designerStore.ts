import { create } from 'zustand';
import { temporal } from 'zundo';
import { nextAnnouncement, noAnnouncement, type Announcement } from '../../components/LiveAnnouncer';
import type { ValidationProblem } from '../api/designerApi';
import { indexDescriptors, type ActivityDescriptor, type DescriptorIndex } from '../model/descriptors';
import { copyFragment, pasteFragment, removeActivities, removeConnections, type Fragment } from '../model/edit';
import type { ElsaDefinition, Position } from '../model/elsa';

/** Which field of which activity the property panel should show (a click on a problem sets it). */
export interface FieldFocus {
  activityId: string;
  path: string;
}

export interface DesignerState {
  definition: ElsaDefinition | null;
  descriptors: DescriptorIndex;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** Positions while a drag is under way; written into the definition once, when the drag ends. */
  dragging: ReadonlyMap<string, Position> | null;
  problems: ValidationProblem[];
  /** How many validation answers have arrived: the same answer twice is announced twice. */
  validations: number;
  fieldFocus: FieldFocus | null;
  /** The last message for screen readers (an aria-live region reads it, also when it repeats the one before). */
  announcement: Announcement;
  clipboard: Fragment | null;
  dirty: boolean;

  setDescriptors(descriptors: readonly ActivityDescriptor[]): void;
  load(definition: ElsaDefinition): void;
  edit(change: (definition: ElsaDefinition) => ElsaDefinition): void;
  select(nodes: Iterable<string>, edges?: Iterable<string>): void;
  setDragging(positions: ReadonlyMap<string, Position> | null): void;
  setProblems(problems: ValidationProblem[]): void;
  focusField(focus: FieldFocus | null): void;
  announce(message: string): void;
  deleteSelection(): void;
  copySelection(): number;
  paste(): string[];
  markSaved(definition: ElsaDefinition): void;
}

const emptySet: ReadonlySet<string> = new Set();

export const useDesignerStore = create<DesignerState>()(
  temporal(
    (set, get) => ({
      definition: null,
      descriptors: new Map(),
      selectedNodes: emptySet,
      selectedEdges: emptySet,
      dragging: null,
      problems: [],
      validations: 0,
      fieldFocus: null,
      announcement: noAnnouncement,
      clipboard: null,
      dirty: false,

      setDescriptors: (descriptors) => set({ descriptors: indexDescriptors(descriptors) }),
      load: (definition) => {
        set({ definition, selectedNodes: emptySet, selectedEdges: emptySet, dragging: null, problems: [], fieldFocus: null, dirty: false });
        useDesignerStore.temporal.getState().clear();
      },
      edit: (change) => {
        const current = get().definition;
        if (!current) return;
        const next = change(current);
        if (next !== current) set({ definition: next, dirty: true });
      },
      select: (nodes, edges = []) => set({ selectedNodes: new Set(nodes), selectedEdges: new Set(edges) }),
      setDragging: (dragging) => set({ dragging }),
      setProblems: (problems) => set((s) => ({ problems, validations: s.validations + 1 })),
      focusField: (fieldFocus) => set({ fieldFocus }),
      announce: (text) => set((s) => ({ announcement: nextAnnouncement(s.announcement, text) })),
      deleteSelection: () => {
        const { selectedNodes, selectedEdges } = get();
        get().edit((d) => removeConnections(removeActivities(d, selectedNodes), selectedEdges));
        set({ selectedNodes: emptySet, selectedEdges: emptySet });
      },
      copySelection: () => {
        const { definition, selectedNodes } = get();
        if (!definition || selectedNodes.size === 0) return 0;
        const fragment = copyFragment(definition, selectedNodes);
        set({ clipboard: fragment });
        return fragment.activities.length;
      },
      paste: () => {
        const { clipboard } = get();
        if (!clipboard) return [];
        let ids: string[] = [];
        get().edit((d) => {
          const pasted = pasteFragment(d, clipboard, { x: 40, y: 40 });
          ids = pasted.ids;
          return pasted.definition;
        });
        set({ selectedNodes: new Set(ids), selectedEdges: emptySet });
        return ids;
      },
      markSaved: (definition) => {
        // The server's copy carries the new version id and flags; the history stays (undo still works after saving).
        set({ definition, dirty: false });
      },
    }),
    {
      // Only the definition is history: selecting, dragging and problems are not undone.
      partialize: (state) => ({ definition: state.definition }),
      equality: (a, b) => a.definition === b.definition,
      limit: 200,
    },
  ),
);

export const undo = () => useDesignerStore.temporal.getState().undo();
export const redo = () => useDesignerStore.temporal.getState().redo();
