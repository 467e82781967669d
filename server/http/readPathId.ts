import type { Context } from 'hono';
import {
  LAYER_PATTERN,
  PROJECT_OR_ITEM_ID_PATTERN,
  RECORD_ID_PATTERN,
} from '../../shared/schema/ids.ts';
import { errorResponse } from './errorResponse.ts';

const PATH_IDS = {
  projectId: { label: 'project id', pattern: PROJECT_OR_ITEM_ID_PATTERN },
  itemId: { label: 'item id', pattern: PROJECT_OR_ITEM_ID_PATTERN },
  mediaId: { label: 'media id', pattern: RECORD_ID_PATTERN },
  layer: { label: 'layer', pattern: LAYER_PATTERN },
} as const;

export type PathIdName = keyof typeof PATH_IDS;

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** A validated id from the path; on failure, the 400 response naming the part that is wrong. */
export function readPathId(context: Context, name: PathIdName): string | Response {
  const value = context.req.param(name) ?? '';
  const { label, pattern } = PATH_IDS[name];
  if (pattern.test(value)) return value;
  return errorResponse(
    context,
    400,
    'invalid_id',
    `${label} ${quote(value)} in the path must match ${pattern.source}`,
    name,
  );
}
