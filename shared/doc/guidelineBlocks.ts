import type { GuidelineNodeJson } from '../schema/guidelineVersion.ts';

/** One paragraph-like block of the guidelines: a paragraph, a heading, a list item's text, an image. */
export interface GuidelineBlock {
  /** The node type: `paragraph`, `heading`, `image`, … */
  type: string;
  /** Its text; an image reads as its alt text or address. */
  text: string;
}

function textOf(node: GuidelineNodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

function isTextblock(node: GuidelineNodeJson): boolean {
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function collect(node: GuidelineNodeJson, blocks: GuidelineBlock[]): void {
  if (node.type === 'image') {
    const alt = node.attrs?.alt;
    const src = node.attrs?.src;
    const label = typeof alt === 'string' && alt !== '' ? alt : String(src ?? '');
    blocks.push({ type: 'image', text: `[image: ${label}]` });
    return;
  }
  if (isTextblock(node)) {
    const text = textOf(node).trim();
    if (text !== '') blocks.push({ type: node.type, text });
    return;
  }
  for (const child of node.content ?? []) collect(child, blocks);
}

/** The non-empty blocks of a guidelines text in reading order, nested ones (list items, examples) included. */
export function guidelineBlocks(content: GuidelineNodeJson): GuidelineBlock[] {
  const blocks: GuidelineBlock[] = [];
  collect(content, blocks);
  return blocks;
}
