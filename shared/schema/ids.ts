import { z } from 'zod';

/** Project and item ids: lowercase, digits, `_` and `-`, at most 64 characters. */
export const PROJECT_OR_ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Layer names: as item ids, plus `.` (for `a.<assignmentId>`, `model.<name>`). */
export const LAYER_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
/** Record ids inside a document: generated client-side, URL-safe. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type ProjectId = string & { readonly __brand: 'ProjectId' };
export type ItemId = string & { readonly __brand: 'ItemId' };
export type LayerId = string & { readonly __brand: 'LayerId' };
export type ObjectId = string & { readonly __brand: 'ObjectId' };
export type LabelId = string & { readonly __brand: 'LabelId' };
export type TierId = string & { readonly __brand: 'TierId' };
export type UserId = string & { readonly __brand: 'UserId' };

export const projectIdSchema = z
  .string()
  .regex(PROJECT_OR_ITEM_ID_PATTERN, 'must match ^[a-z0-9][a-z0-9_-]{0,63}$')
  .transform((value) => value as ProjectId);
export const itemIdSchema = z
  .string()
  .regex(PROJECT_OR_ITEM_ID_PATTERN, 'must match ^[a-z0-9][a-z0-9_-]{0,63}$')
  .transform((value) => value as ItemId);
export const objectIdSchema = z
  .string()
  .regex(RECORD_ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -')
  .transform((value) => value as ObjectId);
export const labelIdSchema = z
  .string()
  .regex(RECORD_ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -')
  .transform((value) => value as LabelId);
export const tierIdSchema = z
  .string()
  .regex(RECORD_ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -')
  .transform((value) => value as TierId);
export const userIdSchema = z
  .string()
  .min(1)
  .max(64)
  .transform((value) => value as UserId);

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh random record id (16 characters, ~95 bits). */
export function newRecordId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}
