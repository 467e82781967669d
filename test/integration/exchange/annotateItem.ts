import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { objectsOf, transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import {
  FIELD_ATTRIBUTES,
  UTTERANCE_NODE,
  UTTERANCE_SEGMENT_ATTR,
} from '../../../shared/doc/roots.ts';
import {
  createSegment,
  createTrack,
  deleteKeyframe,
  setKeyframe,
} from '../../../shared/doc/writeRecords.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import type { ExchangeServer, Member } from './startExchangeServer.ts';

const box = (x: number) => ({ x, y: 40.5, w: 80, h: 60.25 });

function addUtterance(
  doc: Y.Doc,
  id: string,
  range: [number, number],
  text: string,
  userId: string,
) {
  doc.transact(() => {
    const [startMs, endMs] = range;
    const author = { userId, nowMs: 1_700_000_000_000 + startMs };
    createSegment(
      doc,
      { id, tierId: 'words', startMs, endMs, labelId: null, speaker: userId },
      author,
      LOCAL_ORIGIN,
    );
    const block = new Y.XmlElement(UTTERANCE_NODE);
    block.setAttribute(UTTERANCE_SEGMENT_ATTR, id);
    transcriptOf(doc).push([block]);
    block.insert(0, [new Y.XmlText(text)]);
  }, LOCAL_ORIGIN);
}

/**
 * Two people annotate a layer over real sockets: box tracks with keyframes (one edited by both,
 * one keyframe deleted, one outside), attributes, an event segment and a transcript of utterances
 * with text. Resolves once the server acknowledged every edit.
 */
export async function annotateItem(
  server: ExchangeServer,
  itemId: string,
  layer = 'main',
  colleague: Member = server.annotator,
) {
  const name = itemDocumentName(server.projectId, itemId, layer);
  const first = server.pool.open(name, server.admin.token);
  const second = server.pool.open(name, colleague.token);
  await Promise.all([acknowledged(first), acknowledged(second)]);
  const ada = { userId: server.admin.user.id, nowMs: 1_700_000_000_000 };
  const ann = { userId: colleague.user.id, nowMs: 1_700_000_050_000 };
  createTrack(
    first.document,
    { id: 'car1', labelId: 'car', frame: 12, box: box(10) },
    ada,
    LOCAL_ORIGIN,
  );
  setKeyframe(first.document, 'car1', 120, { box: box(96), outside: false }, ada, LOCAL_ORIGIN);
  setKeyframe(first.document, 'car1', 300, { box: box(250), outside: false }, ada, LOCAL_ORIGIN);
  createTrack(
    first.document,
    { id: 'car2', labelId: null, frame: 0, box: box(400) },
    ada,
    LOCAL_ORIGIN,
  );
  addUtterance(first.document, 'utt1', [500, 2636], 'Welcome to the Concord demo.', ada.userId);
  addUtterance(
    first.document,
    'utt2',
    [3400, 5801],
    'The orange square “moves” — right.',
    ada.userId,
  );
  await acknowledged(first);
  await acknowledged(second);
  setKeyframe(second.document, 'car1', 599, { box: box(520), outside: true }, ann, LOCAL_ORIGIN);
  deleteKeyframe(second.document, 'car1', 300, ann, LOCAL_ORIGIN);
  createSegment(
    second.document,
    {
      id: 'honk',
      tierId: 'events',
      startMs: 7000,
      endMs: 7400,
      labelId: 'car',
      speaker: null,
      value: 'honk',
    },
    ann,
    LOCAL_ORIGIN,
  );
  second.document.transact(() => {
    const attributes = objectsOf(second.document)
      .get('car1')
      ?.get(FIELD_ATTRIBUTES) as Y.Map<unknown>;
    attributes.set('colour', 'red');
    attributes.set('tags', ['parked', 'occluding']);
  }, LOCAL_ORIGIN);
  await acknowledged(second);
  await acknowledged(first);
}
