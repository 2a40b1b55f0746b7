import type { ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './markdown';

function inline(parts: Inline[]): ReactNode[] {
  return parts.map((part, i) => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'code':
        return <code key={i}>{part.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(part.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(part.children)}</em>;
    }
  });
}

/** The outline's own headings sit under the report's section heading (an h2). */
function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = (['h3', 'h3', 'h4', 'h5', 'h6', 'h6'] as const)[level - 1] ?? 'h6';
  return <Tag>{children}</Tag>;
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={block.level}>{inline(block.text)}</Heading>;
    case 'paragraph':
      return <p>{inline(block.text)}</p>;
    case 'quote':
      return <blockquote>{inline(block.text)}</blockquote>;
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>{inline(item)}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div className="outline-table-wrap">
          <table className="outline-table">
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th key={i} scope="col">
                    {inline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{inline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/** The prompt's reference outline, as its author formatted it. */
export function Outline({ markdown }: { markdown: string }) {
  const blocks = parseMarkdown(markdown);
  if (blocks.length === 0) return <p className="muted">This prompt has no reference outline.</p>;
  return (
    <div className="outline">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
