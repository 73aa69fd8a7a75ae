import { describe, expect, it } from 'vitest';
import { busiestWorkflow, monthsBack, readReportFilters, toReportQuery, writeReportFilters } from './reportFilters';

describe('report filters', () => {
  it('default to the last twelve months of every workflow and team', () => {
    const filters = readReportFilters(new URLSearchParams());
    expect(filters).toEqual({ period: '12m', from: '', to: '', workflow: '', version: '', team: '' });
    expect(toReportQuery(filters, '2026-12-02')).toEqual({ from: '2025-12-01', to: '2026-12-02' });
  });

  it('go back whole months across a year boundary', () => {
    expect(monthsBack('2026-02-15', 3)).toBe('2025-11-01');
    expect(monthsBack('2026-12-31', 12)).toBe('2025-12-01');
  });

  it('send no dates for the whole journal, and the chosen dates for a custom period', () => {
    expect(toReportQuery({ period: 'all', from: '', to: '', workflow: 'rw1', version: '', team: '' })).toEqual({ workflow: ['rw1'] });
    expect(toReportQuery({ period: 'custom', from: '2026-01-01', to: '2026-03-31', workflow: '', version: '', team: 'wijkteam-zuid' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      team: ['wijkteam-zuid'],
    });
  });

  it('keep a custom period through the address bar but drop dates of a preset', () => {
    const custom = { period: 'custom' as const, from: '2026-01-01', to: '2026-02-01', workflow: '', version: '', team: '' };
    expect(readReportFilters(writeReportFilters(custom))).toEqual(custom);
    expect(writeReportFilters({ ...custom, period: '3m' }).toString()).toBe('periode=3m');
  });

  it('send a version only together with its workflow', () => {
    const withVersion = { period: 'all' as const, from: '', to: '', workflow: 'rw1', version: '2', team: '' };
    expect(toReportQuery(withVersion)).toEqual({ workflow: ['rw1'], version: [2] });
    expect(readReportFilters(writeReportFilters(withVersion))).toEqual(withVersion);
    expect(readReportFilters(new URLSearchParams('versie=2')).version).toBe('');
  });

  it('open a one-workflow view on the workflow with the most cases, not the first by name', () => {
    const workflows = [
      { id: 'incident', instances: 2 },
      { id: 'rw1', instances: 140 },
      { id: 'rw2', instances: 140 },
      { id: 'rw3', instances: 0 },
    ];
    expect(busiestWorkflow(workflows)).toBe('rw1');
    expect(busiestWorkflow([{ id: 'leeg', instances: 0 }])).toBe('leeg');
    expect(busiestWorkflow([])).toBeUndefined();
  });
});
