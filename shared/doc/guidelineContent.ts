import * as Y from 'yjs';
import type { GuidelineMarkJson, GuidelineNodeJson } from '../schema/guidelineVersion.ts';
import { ROOT_GUIDELINES_TEXT } from './guidelineRoots.ts';

// y-prosemirror stores a mark that may overlap itself under `<name>--<8-character hash>`.
const HASHED_MARK_NAME = /^(.*)--[A-Za-z0-9+/=]{8}$/;

function markNameOf(attributeName: string): string {
  return HASHED_MARK_NAME.exec(attributeName)?.[1] ?? attributeName;
}

function marksOf(attributes: Record<string, unknown> | undefined): GuidelineMarkJson[] {
  return Object.entries(attributes ?? {}).map(([name, value]) => {
    const attrs =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return Object.keys(attrs).length > 0
      ? { type: markNameOf(name), attrs: { ...attrs } }
      : { type: markNameOf(name) };
  });
}

function textNodesOf(text: Y.XmlText): GuidelineNodeJson[] {
  const nodes: GuidelineNodeJson[] = [];
  for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof run.insert !== 'string' || run.insert === '') continue;
    const marks = marksOf(run.attributes);
    nodes.push(
      marks.length > 0
        ? { type: 'text', text: run.insert, marks }
        : { type: 'text', text: run.insert },
    );
  }
  return nodes;
}

function childrenOf(parent: Y.XmlFragment | Y.XmlElement): GuidelineNodeJson[] {
  const children: GuidelineNodeJson[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) children.push(...textNodesOf(child));
    else if (child instanceof Y.XmlElement) children.push(elementOf(child));
  }
  return children;
}

function elementOf(element: Y.XmlElement): GuidelineNodeJson {
  const node: GuidelineNodeJson = { type: element.nodeName };
  const attrs = Object.fromEntries(
    Object.entries(element.getAttributes() as Record<string, unknown>).filter(
      ([, value]) => value !== null && value !== undefined,
    ),
  );
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = childrenOf(element);
  if (content.length > 0) node.content = content;
  return node;
}

/** The guidelines text as ProseMirror JSON (a `doc` node), read straight from the Yjs fragment. */
export function readGuidelineContent(doc: Y.Doc): GuidelineNodeJson {
  const content = childrenOf(doc.getXmlFragment(ROOT_GUIDELINES_TEXT));
  return content.length > 0 ? { type: 'doc', content } : { type: 'doc' };
}
