import { describe, expect, it } from 'vitest';
import { readFilters, toQuery, writeFilters } from './worklistFilters';

describe('worklist filters', () => {
  it('survive a round trip through the address bar', () => {
    const filters = { scope: 'team' as const, team: 'Noord', role: 'consulent', workflow: 'rw1', overdue: true, page: 3 };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });

  it("default to all work of the user's team, first page, without filters", () => {
    const filters = readFilters(new URLSearchParams());
    expect(filters).toEqual({ scope: 'team', team: '', role: '', workflow: '', overdue: false, page: 1 });
    expect(writeFilters(filters).toString()).toBe('');
  });

  it('ignore a page number that is not a positive number', () => {
    expect(readFilters(new URLSearchParams('pagina=-2')).page).toBe(1);
    expect(readFilters(new URLSearchParams('pagina=abc')).page).toBe(1);
  });

  it('ask the API for my work by user name and for overdue work by deadline before today', () => {
    const query = toQuery({ scope: 'mine', team: '', role: '', workflow: '', overdue: true, page: 2 }, 'consulent.noord', '2026-12-02');
    expect(query).toEqual({ page: 2, pageSize: 25, assignee: 'consulent.noord', dueBefore: '2026-12-02' });
  });

  it("ask for the whole team's work without an assignee", () => {
    const query = toQuery({ scope: 'team', team: 'Zuid', role: 'consulent', workflow: '', overdue: false, page: 1 }, 'x');
    expect(query).toEqual({ page: 1, pageSize: 25, team: 'Zuid', role: 'consulent' });
  });
});
