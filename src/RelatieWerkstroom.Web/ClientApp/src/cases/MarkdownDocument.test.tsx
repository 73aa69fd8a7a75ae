import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownDocument } from './MarkdownDocument';

const render = (text: string) => renderToStaticMarkup(<MarkdownDocument text={text} />);

describe('MarkdownDocument', () => {
  it('renders a beschikking as headings below the page, a key/value table with row headers, and a list', () => {
    const html = render(
      [
        '# Beschikking Wmo (besluit-1)',
        '',
        '| | |',
        '|---|---|',
        '| Kenmerk | besluit-1 |',
        '| Datum | 3 december 2026 |',
        '',
        '## Motivering',
        '',
        '- triage: gekozen is voor **onderzoek** (de standaard).',
      ].join('\n'),
    );
    expect(html).toContain('<h3 class="utrecht-heading-3">Beschikking Wmo (besluit-1)</h3>');
    expect(html).toContain('<h4 class="utrecht-heading-4">Motivering</h4>');
    expect(html).not.toContain('<h1');
    expect(html).not.toContain('<thead');
    expect(html).toContain('<th class="utrecht-table__header-cell" scope="row">Kenmerk</th><td class="utrecht-table__cell">besluit-1</td>');
    expect(html).toContain('<li>triage: gekozen is voor <strong>onderzoek</strong> (de standaard).</li>');
  });

  it('shows HTML written into the text (for example in a motivering) as text, never as elements', () => {
    const html = render(
      [
        'Motivering: <script>alert("x")</script> en <img src=x onerror="alert(1)"> en <a href="#" onclick="alert(2)">klik</a>',
        '',
        '<iframe src="https://example.org"></iframe>',
        '',
        '<style>body { display: none }</style>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(script|img|iframe|style)\b/i);
    expect(html).not.toMatch(/<a\b/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=&quot;https://example.org&quot;&gt;&lt;/iframe&gt;');
  });

  it('drops script addresses from links and loads no images', () => {
    const html = render(
      '[gevaarlijk](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [regeling](https://wetten.overheid.nl/BWBR0035362) ![logo](https://tracker.example/pixel.png)',
    );
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('href="https://wetten.overheid.nl/BWBR0035362"');
    expect(html).toContain('>gevaarlijk</a>');
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('<span>logo</span>');
  });
});
