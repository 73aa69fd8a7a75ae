/** How urgent a deadline is; each level has its own words, icon and colour (never colour alone). */
export type DeadlineLevel = 'overdue' | 'today' | 'soon' | 'later' | 'none';

export interface DeadlineStatus {
  level: DeadlineLevel;
  /** Calendar days from today to the deadline; negative when it has passed; null without a deadline. */
  days: number | null;
}

/** Deadlines within this many calendar days count as "soon". */
export const soonDays = 5;

const msPerDay = 86_400_000;

/** Parses yyyy-MM-dd as a calendar date (no time zone shift). */
export function parseDate(value: string): number {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Today's calendar date in the Netherlands, as yyyy-MM-dd (the host's legal clocks use Dutch dates). */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function deadlineStatus(deadline: string | null | undefined, today: string): DeadlineStatus {
  if (!deadline) return { level: 'none', days: null };
  const days = Math.round((parseDate(deadline) - parseDate(today)) / msPerDay);
  if (days < 0) return { level: 'overdue', days };
  if (days === 0) return { level: 'today', days };
  if (days <= soonDays) return { level: 'soon', days };
  return { level: 'later', days };
}
