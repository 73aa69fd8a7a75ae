import { describe, expect, it } from 'vitest';
import { fillSubjectName } from './subjectPlaceholder';

describe('fillSubjectName', () => {
  it("puts the case's citizen in every place the letter names them", () => {
    const letter = '| Aan | {{betrokkene:s-1}} |\n\nGeachte {{betrokkene:s-1}},';
    expect(fillSubjectName(letter, { subjectId: 's-1', name: 'Anna de Proef' })).toBe('| Aan | Anna de Proef |\n\nGeachte Anna de Proef,');
  });

  it('leaves the placeholder of another person, and a letter of a case without a citizen, as it is', () => {
    expect(fillSubjectName('Aan {{betrokkene:s-2}}', { subjectId: 's-1', name: 'Anna' })).toBe('Aan {{betrokkene:s-2}}');
    expect(fillSubjectName('Aan {{betrokkene:onbekend}}', null)).toBe('Aan {{betrokkene:onbekend}}');
  });

  it('escapes Markdown in a name, so that it cannot split a table cell or add a link', () => {
    expect(fillSubjectName('| Aan | {{betrokkene:s-1}} |', { subjectId: 's-1', name: 'A|B [x](y)' })).toBe('| Aan | A\\|B \\[x\\]\\(y\\) |');
  });
});
