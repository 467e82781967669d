import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Author } from '../../shared/doc/writeRecords.ts';
import {
  createSegment,
  createTrack,
  deleteKeyframe,
  deleteRecord,
  setKeyframe,
  setLabel,
  updateSegment,
} from '../../shared/doc/writeRecords.ts';
import { applyTranscriptEdit, UTTERANCE_TIER } from './applyTranscriptEdit.ts';
import type { LayerEdit } from './layerEditArbitrary.ts';

/** What became of an edit: written, or refused (bad input, or nothing to edit) without touching the document. */
export type EditOutcome = 'applied' | 'refused';

function writeEdit(doc: Y.Doc, edit: LayerEdit, author: Author): boolean {
  switch (edit.kind) {
    case 'createTrack':
      createTrack(
        doc,
        { id: edit.id, labelId: null, frame: edit.frame, box: edit.box },
        author,
        LOCAL_ORIGIN,
      );
      return true;
    case 'deleteRecord':
      return deleteRecord(doc, edit.id, LOCAL_ORIGIN);
    case 'setKeyframe':
      return setKeyframe(
        doc,
        edit.trackId,
        edit.frame,
        { box: edit.box, outside: edit.outside },
        author,
        LOCAL_ORIGIN,
      );
    case 'deleteKeyframe':
      return deleteKeyframe(doc, edit.trackId, edit.frame, author, LOCAL_ORIGIN);
    case 'createSegment': {
      const { id, startMs, endMs, speaker } = edit;
      createSegment(
        doc,
        { id, tierId: UTTERANCE_TIER, startMs, endMs, labelId: null, speaker },
        author,
        LOCAL_ORIGIN,
      );
      return true;
    }
    case 'updateSegment':
      return updateSegment(doc, edit.id, edit.patch, author, LOCAL_ORIGIN);
    case 'setLabel':
      return setLabel(doc, edit.id, edit.labelId, author, LOCAL_ORIGIN);
    default:
      return applyTranscriptEdit(doc, edit, author, LOCAL_ORIGIN);
  }
}

/** Applies one edit as a local user; a RangeError is writeRecords refusing bad input, anything else is a defect. */
export function applyLayerEdit(doc: Y.Doc, edit: LayerEdit, author: Author): EditOutcome {
  try {
    return writeEdit(doc, edit, author) ? 'applied' : 'refused';
  } catch (error) {
    if (error instanceof RangeError) return 'refused';
    throw error;
  }
}
