import { describe, expect, it } from 'vitest';
import { fileNameOf, readWithProgress } from './download';

describe('export download', () => {
  it('reports progress against Content-Length and returns every byte', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(3));
        controller.enqueue(new Uint8Array(5));
        controller.close();
      },
    });
    const seen: [number, number | null][] = [];
    const blob = await readWithProgress(new Response(body, { headers: { 'Content-Length': '8', 'Content-Type': 'text/csv' } }), (r, t) => seen.push([r, t]));
    expect(seen).toEqual([
      [3, 8],
      [8, 8],
    ]);
    expect(blob.size).toBe(8);
    expect(blob.type).toBe('text/csv');
  });

  it('has no total when the host streams without a length', async () => {
    const seen: (number | null)[] = [];
    await readWithProgress(new Response('abc'), (_r, t) => seen.push(t));
    expect(seen.every((t) => t === null)).toBe(true);
  });

  it("takes the host's file name, also in RFC 5987 form", () => {
    const header = (value: string) => new Response('', { headers: { 'Content-Disposition': value } });
    expect(fileNameOf(header('attachment; filename="frictie.xlsx"'), 'x')).toBe('frictie.xlsx');
    expect(fileNameOf(header("attachment; filename*=UTF-8''frictie%20rapport.pdf"), 'x')).toBe('frictie rapport.pdf');
    expect(fileNameOf(new Response(''), 'rapport.csv')).toBe('rapport.csv');
  });
});
