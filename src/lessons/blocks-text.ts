import stringWidth from 'string-width';
import { renderTable } from '../render/table.js';
import { wrapText } from '../text/wrap-text.js';
import type { Block, TableBlock } from './lesson.js';

const BULLET = '- ';

function renderParagraph(text: string, width: number): string[] {
  if (!text.startsWith(BULLET)) return wrapText(text, width);
  return wrapText(text.slice(BULLET.length), width, { first: BULLET, rest: '  ' });
}

/**
 * A table as a box when it fits the width; otherwise each row as "heading: cell" lines, wrapped,
 * so a narrow terminal still shows every cell.
 */
function renderTableBlock(block: TableBlock, width: number): string[] {
  const boxed = renderTable(block.rows, { head: block.head }).split('\n');
  if (boxed.every((line) => stringWidth(line) <= width)) return boxed;
  const lines: string[] = [];
  for (const row of block.rows) {
    if (lines.length > 0) lines.push('');
    row.forEach((cell, column) => {
      const label = `${block.head[column] ?? ''}: `;
      lines.push(...wrapText(`${label}${cell}`, width, { rest: '  ' }));
    });
  }
  return lines;
}

/** Lays out a step's text blocks for a terminal `width` columns wide, a blank line between them. */
export function renderBlocks(blocks: readonly Block[], width: number): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length > 0) lines.push('');
    if (typeof block === 'string') lines.push(...renderParagraph(block, width));
    else if ('pre' in block) lines.push(...block.pre);
    else lines.push(...renderTableBlock(block, width));
  }
  return lines;
}
