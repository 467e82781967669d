import * as Y from 'yjs';
import type { DisagreementExample } from '../schema/disagreementExample.ts';
import {
  disagreementExampleHref,
  parseDisagreementExample,
} from '../schema/disagreementExample.ts';
import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import {
  GUIDELINE_LINK_ATTRS,
  GUIDELINE_MARK,
  GUIDELINE_NODE,
  ROOT_GUIDELINES_TEXT,
} from './guidelineRoots.ts';

type TextRun = { insert: string; attributes?: Record<string, unknown> };

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function clock(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}:${pad(totalSeconds % 60, 2)}.${pad(ms % 1000, 3)}`;
}

/** Where the disagreement is, in words: "frames 12–40, 0:00.400–0:01.333". */
function describeWhere(example: DisagreementExample): string {
  const parts: string[] = [];
  if (example.frames) {
    const [first, last] = example.frames;
    parts.push(first === last ? `frame ${first}` : `frames ${first}–${last}`);
  }
  if (example.timeMs) {
    const [start, end] = example.timeMs;
    parts.push(start === end ? clock(start) : `${clock(start)}–${clock(end)}`);
  }
  return parts.join(', ');
}

function paragraph(runs: TextRun[]): Y.XmlElement {
  const element = new Y.XmlElement(GUIDELINE_NODE.paragraph);
  // The binding stores an empty paragraph with no text child at all; anything else reads as a change.
  if (runs.length === 0) return element;
  const text = new Y.XmlText();
  text.applyDelta(runs);
  element.insert(0, [text]);
  return element;
}

function exampleBlock(example: DisagreementExample): Y.XmlElement {
  const href = disagreementExampleHref(example);
  const where = describeWhere(example);
  const subject = `Item ${example.itemId}${where ? `, ${where}` : ''}`;
  const block = new Y.XmlElement(GUIDELINE_NODE.example);
  block.setAttribute('itemId', example.itemId);
  block.setAttribute('kind', example.kind);
  const children = [
    paragraph([
      { insert: `Disagreement: ${example.kind}`, attributes: { [GUIDELINE_MARK.bold]: {} } },
    ]),
    paragraph([{ insert: example.message }]),
    paragraph([{ insert: `${subject}. Layers: ${example.layers.join(', ')}` }]),
    paragraph([
      {
        insert: 'Open it in review',
        attributes: { [GUIDELINE_MARK.link]: { href, ...GUIDELINE_LINK_ATTRS } },
      },
    ]),
  ];
  if (example.thumbnailUrl) {
    const image = new Y.XmlElement(GUIDELINE_NODE.image);
    image.setAttribute('src', example.thumbnailUrl);
    image.setAttribute('alt', subject);
    children.push(image);
  }
  block.insert(0, children);
  return block;
}

/**
 * Appends a disagreement case to the guidelines text as a `disagreementExample` block (kind,
 * message, item and layers named, a link to the item's review page, an optional frame image),
 * in one transaction with `origin`. It writes the Yjs fragment directly, in the shape Tiptap's
 * collaboration binding reads and writes, so it works with or without an editor open.
 */
export function insertDisagreementExample(
  doc: Y.Doc,
  example: unknown,
  origin: unknown,
): Result<{ href: string }> {
  const parsed = parseDisagreementExample(example);
  if (!parsed.ok) return parsed;
  const fragment = doc.getXmlFragment(ROOT_GUIDELINES_TEXT);
  doc.transact(() => {
    // A block that ends the text would leave nowhere to type after it.
    fragment.insert(fragment.length, [exampleBlock(parsed.value), paragraph([])]);
  }, origin);
  return ok({ href: disagreementExampleHref(parsed.value) });
}
