import type { ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The part of a hast node this file looks at (react-markdown's tree after remark-rehype). */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));
const elements = (node: HastNode | undefined, tagName: string) => (node?.children ?? []).filter((c) => c.type === 'element' && c.tagName === tagName);

/**
 * Letters write key/value blocks as tables with an empty header row ("| | |"): that row is dropped, and the first cell
 * of each row becomes the row's header, so a screen reader says "Kenmerk: b-123" instead of "blank, blank".
 */
function keyValueTables() {
  const walk = (node: HastNode) => {
    node.children?.forEach(walk);
    if (node.type !== 'element' || node.tagName !== 'table') return;
    const [head] = elements(node, 'thead');
    if (!head || textOf(head).trim() !== '') return;
    node.children = node.children?.filter((c) => c !== head);
    for (const body of elements(node, 'tbody'))
      for (const row of elements(body, 'tr')) {
        const [first] = elements(row, 'td');
        if (first) {
          first.tagName = 'th';
          first.properties = { ...first.properties, scope: 'row' };
        }
      }
  };
  return (tree: HastNode) => walk(tree);
}

type Props<T extends keyof React.JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & { node?: unknown };

/**
 * The letter's headings sit below the dossier's "Documenten" (h2): its h1 becomes an h3, and so on down to h6.
 * Every element gets the NL Design System's class. Images are shown as their alt text: a letter in the case file
 * never loads anything from elsewhere.
 */
const components: Components = {
  h1: ({ node: _, ...props }: Props<'h1'>) => <h3 className="utrecht-heading-3" {...props} />,
  h2: ({ node: _, ...props }: Props<'h2'>) => <h4 className="utrecht-heading-4" {...props} />,
  h3: ({ node: _, ...props }: Props<'h3'>) => <h5 className="utrecht-heading-5" {...props} />,
  h4: ({ node: _, ...props }: Props<'h4'>) => <h6 className="utrecht-heading-6" {...props} />,
  h5: ({ node: _, ...props }: Props<'h5'>) => <h6 className="utrecht-heading-6" {...props} />,
  h6: ({ node: _, ...props }: Props<'h6'>) => <h6 className="utrecht-heading-6" {...props} />,
  p: ({ node: _, ...props }: Props<'p'>) => <p className="utrecht-paragraph" {...props} />,
  ul: ({ node: _, ...props }: Props<'ul'>) => <ul className="utrecht-unordered-list" {...props} />,
  ol: ({ node: _, ...props }: Props<'ol'>) => <ol className="utrecht-ordered-list" {...props} />,
  blockquote: ({ node: _, ...props }: Props<'blockquote'>) => <blockquote className="utrecht-blockquote" {...props} />,
  table: ({ node: _, ...props }: Props<'table'>) => <table className="utrecht-table rw-table" {...props} />,
  thead: ({ node: _, ...props }: Props<'thead'>) => <thead className="utrecht-table__header" {...props} />,
  tbody: ({ node: _, ...props }: Props<'tbody'>) => <tbody className="utrecht-table__body" {...props} />,
  tr: ({ node: _, ...props }: Props<'tr'>) => <tr className="utrecht-table__row" {...props} />,
  th: ({ node: _, ...props }: Props<'th'>) => <th className="utrecht-table__header-cell" {...props} />,
  td: ({ node: _, ...props }: Props<'td'>) => <td className="utrecht-table__cell" {...props} />,
  a: ({ node: _, ...props }: Props<'a'>) => <a className="utrecht-link utrecht-link--html-a" rel="noopener noreferrer" {...props} />,
  img: ({ alt }: Props<'img'>) => (alt ? <span>{alt}</span> : null),
};

/**
 * A Markdown document (the beschikking and other letters) as headings, paragraphs, lists and tables. Raw HTML in the
 * text is never rendered (react-markdown shows it as text), and links keep only safe addresses (no javascript:).
 */
export function MarkdownDocument({ text }: { text: string }) {
  return (
    <div className="rw-markdown" data-testid="markdown-document">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[keyValueTables]} components={components} skipHtml={false}>
        {text}
      </Markdown>
    </div>
  );
}
