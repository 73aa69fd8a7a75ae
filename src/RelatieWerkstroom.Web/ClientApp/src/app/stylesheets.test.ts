import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

// Vite's CSS pipeline recovers from a missing brace by swallowing every later rule, which once hid
// the designer canvas without a build error. A strict parse names the file and line instead.
const srcRoot = join(__dirname, '..');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('stylesheets', () => {
  const files = stylesheets(srcRoot);

  it('finds the application and designer stylesheets', () => {
    const names = files.map((f) => relative(srcRoot, f).replaceAll('\\', '/'));
    expect(names).toEqual(expect.arrayContaining(['app/app.css', 'designer/designer.css']));
  });

  it.each(files.map((f) => [relative(srcRoot, f), f]))('%s parses with every block closed', (_name, file) => {
    const css = readFileSync(file, 'utf8');
    expect(() => postcss.parse(css, { from: file })).not.toThrow();
  });

  it('rejects a stylesheet with an unclosed block', () => {
    expect(() => postcss.parse('.a { color: red;\n.b { color: blue; }', { from: 'broken.css' })).toThrow(/Unclosed block/);
  });
});
