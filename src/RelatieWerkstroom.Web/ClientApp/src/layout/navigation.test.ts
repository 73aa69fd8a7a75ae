import { describe, expect, it } from 'vitest';
import { homeFor, navigationFor } from './navigation';

describe('navigation by role', () => {
  it('shows a caseworker the worklist, the case files and the new-case form, and nothing of the auditor or administrator', () => {
    const items = navigationFor(['caseworker']).map((i) => i.to);
    expect(items).toEqual(['/werkvoorraad', '/dossiers', '/melding/nieuw']);
  });

  it('sends an auditor to the dashboard first', () => {
    expect(homeFor(['auditor'])).toBe('/audit');
    expect(navigationFor(['auditor']).every((i) => i.to.startsWith('/audit'))).toBe(true);
  });

  it('gives a jurist the worklist and the case files but not the new-case form', () => {
    expect(navigationFor(['jurist']).map((i) => i.to)).toEqual(['/werkvoorraad', '/dossiers']);
  });

  it('combines the items of several roles without duplicates', () => {
    const items = navigationFor(['teamlead', 'caseworker']).map((i) => i.to);
    expect(items).toEqual(['/werkvoorraad', '/dossiers', '/melding/nieuw']);
  });

  it('has no home for a user without a known role', () => {
    expect(homeFor(['unknown'])).toBe('/geen-toegang');
  });
});
