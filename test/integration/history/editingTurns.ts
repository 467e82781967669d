import * as Y from 'yjs';
import { transcriptOf } from '../../../shared/doc/layerRoots.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { UTTERANCE_NODE, UTTERANCE_SEGMENT_ATTR } from '../../../shared/doc/roots.ts';
import {
  createSegment,
  createTrack,
  deleteRecord,
  setKeyframe,
  setLabel,
  updateSegment,
} from '../../../shared/doc/writeRecords.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { Mark } from './threeEditorsOverTime.ts';

function utterance(segmentId: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(UTTERANCE_NODE);
  element.setAttribute(UTTERANCE_SEGMENT_ATTR, segmentId);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Each editor's copy of the layer. */
export type EditorDocs = Record<'ada' | 'ben' | 'cy', Y.Doc>;

function authorOf(user: UserRow) {
  return { userId: user.id, nowMs: Date.now() };
}

/** The four turns, in order; each is one or more transactions by one editor. */
export function editingTurns(
  users: Record<'ada' | 'ben' | 'cy', UserRow>,
  docs: EditorDocs,
): Array<[Mark, () => void]> {
  const box = (x: number) => ({ x, y: 10, w: 50, h: 40 });
  return [
    [
      'afterAda',
      () => {
        const doc = docs.ada;
        createTrack(
          doc,
          { id: 'trackA', labelId: 'person', frame: 0, box: box(10) },
          authorOf(users.ada),
          LOCAL_ORIGIN,
        );
        doc.transact(() => {
          const segment = {
            id: 'seg1',
            tierId: 'transcript',
            startMs: 0,
            endMs: 1000,
            labelId: null,
            speaker: 'S1',
          };
          createSegment(doc, segment, authorOf(users.ada), LOCAL_ORIGIN);
          transcriptOf(doc).insert(0, [utterance('seg1', 'hello world')]);
        }, LOCAL_ORIGIN);
      },
    ],
    [
      'afterBen',
      () => {
        const doc = docs.ben;
        setKeyframe(
          doc,
          'trackA',
          30,
          { box: box(30), outside: false },
          authorOf(users.ben),
          LOCAL_ORIGIN,
        );
        createTrack(
          doc,
          { id: 'trackB', labelId: 'dog', frame: 5, box: box(200) },
          authorOf(users.ben),
          LOCAL_ORIGIN,
        );
      },
    ],
    [
      'afterCy',
      () => {
        const doc = docs.cy;
        updateSegment(doc, 'seg1', { endMs: 1500 }, authorOf(users.cy), LOCAL_ORIGIN);
        const text = (transcriptOf(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;
        doc.transact(() => text.insert(text.length, '!'), LOCAL_ORIGIN);
        deleteRecord(doc, 'trackB', LOCAL_ORIGIN);
      },
    ],
    [
      'afterAdaAgain',
      () => {
        const doc = docs.ada;
        setLabel(doc, 'trackA', 'car', authorOf(users.ada), LOCAL_ORIGIN);
        doc.transact(() => {
          const segment = {
            id: 'seg2',
            tierId: 'transcript',
            startMs: 2000,
            endMs: 2500,
            labelId: null,
            speaker: 'S2',
          };
          createSegment(doc, segment, authorOf(users.ada), LOCAL_ORIGIN);
          transcriptOf(doc).insert(1, [utterance('seg2', 'second line')]);
        }, LOCAL_ORIGIN);
      },
    ],
  ];
}
