import { checkNativeReferences } from '../../shared/formats/native/checkNativeReferences.ts';
import { checkSoundRecordReferences } from '../../shared/formats/native/checkSoundRecordReferences.ts';
import type { NativeDecodeResult } from '../../shared/formats/native/decodeNativeItem.ts';
import { decodeNativeItem } from '../../shared/formats/native/decodeNativeItem.ts';
import { salvageNativeMedia } from '../../shared/formats/native/salvageNativeMedia.ts';
import type { Role } from '../../shared/protocol/http.ts';
import type { ItemRow } from '../storage/MetaStore.ts';
import { checkImportAccess } from './checkImportAccess.ts';
import type { ExchangeDependencies } from './ExchangeDependencies.ts';
import type { ExchangeFailure } from './ExchangeFailure.ts';
import { exchangeFailure, requestFailure } from './ExchangeFailure.ts';
import { ITEM_CREATOR_ROLES } from './exchangeLayerAccess.ts';
import { findFilledLayers } from './findFilledLayers.ts';
import type { ImportPlan, ImportRequest } from './ImportPlan.ts';
import type { ImportSetting } from './readImportSetting.ts';
import { readImportSetting } from './readImportSetting.ts';

const NOT_IMPORTED = 'nothing was imported';

/** The user's role and the item, when it exists; refused when they may neither see nor create it. */
async function findTarget(
  metaStore: ExchangeDependencies['metaStore'],
  { userId, projectId, itemId }: ImportRequest,
): Promise<{ role: Role; item: ItemRow | undefined } | ExchangeFailure> {
  const role = await metaStore.roleOf(projectId, userId);
  if (role === null) {
    const message = `project '${projectId}' does not exist or you are not a member of it`;
    return requestFailure(404, 'not_found', message);
  }
  const item = await metaStore.getItem(projectId, itemId);
  if (!item && !ITEM_CREATOR_ROLES.includes(role)) {
    const message = `project '${projectId}' has no item '${itemId}'; only admins and trainers can create one by importing`;
    return requestFailure(404, 'not_found', message);
  }
  return { role, item };
}

/** A file whose fields break the schema: those problems, and the reference problems of its sound records. */
function invalidFields(
  decoded: Extract<NativeDecodeResult, { stage: 'fields' }>,
  setting: ImportSetting,
): ExchangeFailure {
  const problems = [
    ...decoded.problems,
    ...setting.problems,
    ...checkSoundRecordReferences(decoded.json, setting.context),
  ];
  return exchangeFailure(422, 'invalid_annotations', problems, NOT_IMPORTED);
}

function isFailure(value: object): value is ExchangeFailure {
  return 'ok' in value && value.ok === false;
}

/**
 * Checks an import completely before anything is written, each step reporting all it finds: the
 * item; the file (400 when it is not a native file this server reads); its fields and references
 * together — tiers, labels, media bounds (422); the user's right to write each layer (403); and
 * that no layer already holds annotations unless `replace` is set (409).
 */
export async function planImport(
  dependencies: ExchangeDependencies,
  request: ImportRequest,
): Promise<{ ok: true; plan: ImportPlan } | ExchangeFailure> {
  const { userId, projectId, itemId, replace } = request;
  const found = await findTarget(dependencies.metaStore, request);
  if (isFailure(found)) return found;
  const decoded = decodeNativeItem(request.fileText);
  if (!decoded.ok && decoded.stage !== 'fields') {
    return exchangeFailure(400, 'invalid_file', decoded.problems, NOT_IMPORTED);
  }
  const fileMedia = decoded.ok ? decoded.value.item.media : salvageNativeMedia(decoded.json);
  const setting = await readImportSetting(dependencies, projectId, found.item, fileMedia);
  if (!decoded.ok) return invalidFields(decoded, setting);
  const file = decoded.value;
  const references = [...setting.problems, ...checkNativeReferences(file, setting.context)];
  if (references.length > 0) {
    return exchangeFailure(422, 'invalid_annotations', references, NOT_IMPORTED);
  }
  const target = { userId, role: found.role, projectId, itemId, itemExists: !!found.item };
  const refused = await checkImportAccess(dependencies.metaStore, target, file);
  if (refused.length > 0) return exchangeFailure(403, 'forbidden', refused, NOT_IMPORTED);
  const filled = replace ? [] : await findFilledLayers(dependencies, projectId, itemId, file);
  if (filled.length > 0) return exchangeFailure(409, 'layer_not_empty', filled, NOT_IMPORTED);
  const newItem = found.item
    ? null
    : { projectId, id: itemId, name: file.item.name, mediaId: setting.mediaId };
  return { ok: true, plan: { userId, projectId, itemId, replace, file, newItem } };
}
