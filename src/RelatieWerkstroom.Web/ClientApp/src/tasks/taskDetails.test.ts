import { describe, expect, it } from 'vitest';
import { checkField, discretionSchema, humanTaskSchema, parseNumber, reasonNeeded, toSubmission, type FormField } from './taskDetails';

const field = (type: FormField['type'], required = false, options: string[] = []): FormField => ({ name: 'f', label: 'F', type, required, options });

describe('task form', () => {
  it('reads a bookmark payload with the defaults the host leaves out', () => {
    const details = humanTaskSchema.parse({ title: 'Gesprek', formFields: [{ name: 'a', label: 'A', type: 'text' }] });
    expect(details.formFields[0]).toEqual({ name: 'a', label: 'A', type: 'text', required: false, options: [] });
    expect(details.actions).toEqual([]);
  });

  it('asks for a required field and accepts an empty optional one', () => {
    expect(checkField(field('text', true), '  ')).toBe('required');
    expect(checkField(field('text'), '')).toBeNull();
  });

  it('understands numbers written the Dutch way and refuses words', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('12,75')).toBe(12.75);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('twaalf')).toBeNull();
    expect(checkField(field('number'), 'veel')).toBe('number');
  });

  it('accepts only listed choices and real dates', () => {
    expect(checkField(field('choice', true, ['Licht', 'Zwaar']), 'Zwaar')).toBeNull();
    expect(checkField(field('choice', true, ['Licht', 'Zwaar']), 'Midden')).toBe('choice');
    expect(checkField(field('date'), '2026-13-45')).toBe('date');
    expect(checkField(field('date'), '2026-12-02')).toBeNull();
  });

  it('sends numbers as numbers, yes/no as booleans and leaves empty optional fields out', () => {
    const fields: FormField[] = [
      { name: 'uren', label: 'Uren', type: 'number', required: true, options: [] },
      { name: 'akkoord', label: 'Akkoord', type: 'boolean', required: true, options: [] },
      { name: 'toelichting', label: 'Toelichting', type: 'textarea', required: false, options: [] },
    ];
    expect(toSubmission(fields, { uren: '7,5', akkoord: 'nee', toelichting: ' ' })).toEqual({ uren: 7.5, akkoord: false });
  });
});

describe('discretion point', () => {
  const details = discretionSchema.parse({ options: [{ id: 'toekennen' }, { id: 'afwijzen' }], defaultOption: 'toekennen', reasonRequired: false });

  it('needs a reason only when deviating from the default', () => {
    expect(reasonNeeded(details, 'toekennen')).toBe(false);
    expect(reasonNeeded(details, 'afwijzen')).toBe(true);
  });

  it('needs a reason for every option when the point asks for one always', () => {
    expect(reasonNeeded({ ...details, reasonRequired: true }, 'toekennen')).toBe(true);
  });
});
