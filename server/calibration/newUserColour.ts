import { randomInt } from 'node:crypto';
import { LABEL_PALETTE } from '../../shared/doc/schemaEdits/nextLabelColour.ts';

/** A presence colour for a new account, picked at random from the readable palette. */
export function newUserColour(): string {
  return LABEL_PALETTE[randomInt(LABEL_PALETTE.length)] ?? '#2a9d8f';
}
