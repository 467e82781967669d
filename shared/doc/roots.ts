/** Root names inside a layer document; never write these as string literals elsewhere. */
export const ROOT_META = 'meta';
export const ROOT_OBJECTS = 'objects';
export const ROOT_TRANSCRIPT = 'transcript';
export const ROOT_LINKS = 'links';
export const ROOT_INSTRUCTIONS = 'instructions';

/** Roots of the project-level schema document. */
export const ROOT_LABELS = 'labels';
export const ROOT_TIERS = 'tiers';
export const ROOT_SKELETONS = 'skeletons';
export const ROOT_RELATION_TYPES = 'relationTypes';

/** Keys inside `meta`. */
export const META_SCHEMA_VERSION = 'schemaVersion';
export const META_RECORD_VERSIONS = 'recordVersions';

/** Keys of a record's nested Y types, created in the same transaction as the record. */
export const FIELD_KEYFRAMES = 'keyframes';
/** A track's immutable binary base of keyframes (see keyframeBase.ts); `keyframes` is the overlay of edits on it. */
export const FIELD_KEYFRAME_BASE = 'keyframeBase';
export const FIELD_ATTRIBUTES = 'attributes';

/** The Tiptap node that holds one utterance's text; it carries only its segment id. */
export const UTTERANCE_NODE = 'utterance';
export const UTTERANCE_SEGMENT_ATTR = 'segmentId';

/** Keys inside `meta` naming what the document belongs to; stamped by the server on load. */
export const META_PROJECT_ID = 'projectId';
export const META_ITEM_ID = 'itemId';
export const META_LAYER_ID = 'layerId';

/** A mask's append-only Y.Array of operations (see shared/mask/maskOperation.ts), made with the record. */
export const FIELD_MASK_OPERATIONS = 'operations';
