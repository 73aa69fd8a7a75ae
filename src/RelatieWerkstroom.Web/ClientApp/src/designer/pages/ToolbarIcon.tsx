/** Small line icons for the designer's toolbar; the button around them carries the name (aria-label and tooltip). */
const paths: Record<string, string> = {
  undo: 'M9 7H4V2 M4 7c2-3 5-4 8-4a8 8 0 1 1-7.5 10.5',
  redo: 'M15 7h5V2 M20 7c-2-3-5-4-8-4a8 8 0 1 0 7.5 10.5',
  copy: 'M8 8h12v12H8z M4 16V4h12',
  paste: 'M8 4h8v3H8z M6 5H4v16h16V5h-2 M8 12h8 M8 16h6',
  delete: 'M4 7h16 M9 7V4h6v3 M6 7l1 13h10l1-13 M10 11v6 M14 11v6',
  selectAll: 'M3 3h4 M10 3h4 M17 3h4v4 M21 10v4 M21 17v4h-4 M14 21h-4 M7 21H3v-4 M3 14v-4 M3 7V3 M8 8h8v8H8z',
};

export function ToolbarIcon({ name }: { name: keyof typeof paths }) {
  return (
    <svg className="rw-toolbar__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
