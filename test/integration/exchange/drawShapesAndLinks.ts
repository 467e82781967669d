import type * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { textLinkEnd } from '../../../shared/doc/textLinkEnd.ts';
import { utteranceText } from '../../../shared/doc/utteranceText.ts';
import { setAttribute } from '../../../shared/doc/writeAttributes.ts';
import { createLink, linksOf, updateLink } from '../../../shared/doc/writeLinks.ts';
import { createShape, setShapeKeyframe } from '../../../shared/doc/writeShapes.ts';
import type { LinkEnd } from '../../../shared/schema/link.ts';
import type { Result } from '../../../shared/schema/result.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { ExchangeServer, Member } from './startExchangeServer.ts';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function polygonAt(x: number, outside = false) {
  return { points: [x, 100, x + 200, 100, x + 210, 220, x - 10, 210], visible: null, outside };
}

function editUtterance(doc: Y.Doc, segmentId: string, edit: (text: Y.XmlText) => void) {
  const text = utteranceText(doc, segmentId);
  if (!text) throw new Error(`utterance ${segmentId} has no text`);
  doc.transact(() => edit(text), LOCAL_ORIGIN);
}

/**
 * On a layer annotateItem filled, two people draw over real sockets: a polygon `lane` over three
 * frames with a per-frame attribute, a skeleton `walker` with hidden points, and links — `follows`
 * (walker ↔ car1 over 1–3 s), `names` (the words "orange square" ↔ car2) and `mentions` (the word
 * "demo", later rewritten, so its end no longer resolves ↔ lane). Then the second person types
 * before the linked words and sets per-frame attributes. Resolves once the server has it all.
 */
export async function drawShapesAndLinks(
  server: ExchangeServer,
  itemId: string,
  layer = 'main',
  colleague: Member = server.annotator,
) {
  const name = itemDocumentName(server.projectId, itemId, layer);
  const first = server.pool.open(name, server.admin.token);
  const second = server.pool.open(name, colleague.token);
  await Promise.all([acknowledged(first), acknowledged(second)]);
  const doc = first.document;
  const ada = { userId: server.admin.user.id, nowMs: 1_700_000_200_000 };
  const ann = { userId: colleague.user.id, nowMs: 1_700_000_250_000 };
  const lane = { id: 'lane', labelId: 'car', geometry: 'polygon' as const, skeletonId: null };
  createShape(doc, { ...lane, frame: 10, keyframe: polygonAt(100) }, ada, LOCAL_ORIGIN);
  setShapeKeyframe(doc, 'lane', 40, polygonAt(130), ada, LOCAL_ORIGIN);
  setShapeKeyframe(doc, 'lane', 80, polygonAt(160, true), ada, LOCAL_ORIGIN);
  setAttribute(doc, 'lane', { id: 'occluded', frame: null }, false, ada, LOCAL_ORIGIN);
  setAttribute(doc, 'lane', { id: 'occluded', frame: 40 }, true, ada, LOCAL_ORIGIN);
  const pose = (x: number, visible: boolean[]) => ({
    points: [x, 50, x + 10, 80, x - 10, 80],
    visible,
    outside: false,
  });
  const walker = {
    id: 'walker',
    labelId: null,
    geometry: 'skeleton' as const,
    skeletonId: 'person',
  };
  const firstPose = pose(50, [true, false, true]);
  createShape(doc, { ...walker, frame: 5, keyframe: firstPose }, ada, LOCAL_ORIGIN);
  setShapeKeyframe(doc, 'walker', 50, pose(70, [false, true, false]), ada, LOCAL_ORIGIN);
  const object = (objectId: string, startMs: number | null, endMs: number | null): LinkEnd => ({
    kind: 'object',
    objectId,
    startMs,
    endMs,
  });
  const follows = { from: object('walker', 1000, 3000), to: object('car1', null, null) };
  createLink(doc, { id: 'follows', relationTypeId: 'drives', ...follows }, ada, LOCAL_ORIGIN);
  const words = valueOf(textLinkEnd(doc, 'utt2', 4, 17));
  const names = { from: words, to: object('car2', 3400, 5801) };
  createLink(doc, { id: 'names', relationTypeId: 'says', ...names }, ada, LOCAL_ORIGIN);
  const demo = valueOf(textLinkEnd(doc, 'utt1', 23, 27));
  const mentions = { from: demo, to: object('lane', null, null) };
  createLink(doc, { id: 'mentions', relationTypeId: null, ...mentions }, ada, LOCAL_ORIGIN);
  await acknowledged(first);
  await waitUntil(() => linksOf(second.document).size === 3, 'the links reaching the colleague');

  const other = second.document;
  setAttribute(other, 'car1', { id: 'speed', frame: 120 }, 30, ann, LOCAL_ORIGIN);
  setAttribute(other, 'walker', { id: 'pose', frame: 50 }, 'crouching', ann, LOCAL_ORIGIN);
  updateLink(other, 'follows', { to: object('car1', 0, 20_020) }, ann, LOCAL_ORIGIN);
  editUtterance(other, 'utt2', (text) => text.insert(4, 'big '));
  editUtterance(other, 'utt1', (text) => {
    text.delete(23, 4);
    text.insert(23, 'tour');
  });
  await acknowledged(second);
  await acknowledged(first);
}
