import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** A message for screen readers; `seq` counts the messages, so the same text said twice is two messages. */
export interface Announcement {
  text: string;
  seq: number;
}

export const noAnnouncement: Announcement = { text: '', seq: 0 };

/** The next message after `previous`: a new number even when the text is the same. */
export const nextAnnouncement = (previous: Announcement, text: string): Announcement => ({ text, seq: previous.seq + 1 });

/**
 * A polite live region that reads every message, also the same one twice in a row ("Er is niets gekozen" after a second
 * Ctrl+C): a region whose text does not change says nothing, so the messages alternate between two regions and the
 * one not speaking is empty. Each message is then text appearing in an empty region, which every screen reader reads.
 */
export function LiveAnnouncer({ id, announcement }: { id?: string; announcement: Announcement }) {
  const { text, seq } = announcement;
  return (
    <div id={id} className="rw-visually-hidden">
      <div role="status" aria-live="polite" aria-atomic="true">{seq % 2 === 1 ? text : ''}</div>
      <div role="status" aria-live="polite" aria-atomic="true">{seq % 2 === 0 ? text : ''}</div>
    </div>
  );
}

const Announce = createContext<(text: string) => void>(() => {});

/**
 * The one announcer of the pages inside the layout (worklist, dossier, task, …): it stays in the page across
 * navigation, so a result said while a page changes (a completed task) is still read. Pages call {@link useAnnounce}.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState(noAnnouncement);
  const announce = useCallback((text: string) => setAnnouncement((previous) => nextAnnouncement(previous, text)), []);
  return (
    <Announce.Provider value={announce}>
      {children}
      <LiveAnnouncer id="rw-page-announcer" announcement={announcement} />
    </Announce.Provider>
  );
}

/** Says a result to screen readers through the layout's announcer, also when it is the same as the last one. */
export const useAnnounce = () => useContext(Announce);
