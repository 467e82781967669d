import type { NativeLinkTargets } from './checkNativeLink.ts';
import { checkNativeLink } from './checkNativeLink.ts';
import { checkNativeRecord } from './checkNativeRecord.ts';
import { formatJsonPath } from './formatJsonPath.ts';
import type { NativeItem, NativeLayer } from './nativeItemSchema.ts';
import type { NativeProblem } from './NativeProblem.ts';
import type { NativeReferenceContext } from './NativeReferenceContext.ts';

/** Reports each value seen before, pointing at where it was first seen. */
function duplicates<T>(
  values: readonly T[],
  describe: (value: T, firstIndex: number, index: number) => NativeProblem | null,
): NativeProblem[] {
  const firstIndexOf = new Map<T, number>();
  const problems: NativeProblem[] = [];
  values.forEach((value, index) => {
    const firstIndex = firstIndexOf.get(value);
    if (firstIndex === undefined) firstIndexOf.set(value, index);
    else {
      const problem = describe(value, firstIndex, index);
      if (problem) problems.push(problem);
    }
  });
  return problems;
}

function checkTranscript(layer: NativeLayer, layerIndex: number): NativeProblem[] {
  const segmentIds = new Set(
    layer.records.filter((record) => record.kind === 'segment').map((record) => record.id),
  );
  const path = (index: number) =>
    formatJsonPath(['layers', layerIndex, 'transcript', index, 'segmentId']);
  const unknown = layer.transcript.flatMap(({ segmentId }, index) =>
    segmentId !== null && !segmentIds.has(segmentId)
      ? [
          {
            path: path(index),
            message: `no segment ${JSON.stringify(segmentId)} in layer ${layer.layer}`,
          },
        ]
      : [],
  );
  const repeated = duplicates(
    layer.transcript.map(({ segmentId }) => segmentId),
    (segmentId, firstIndex, index) =>
      segmentId === null
        ? null
        : {
            path: path(index),
            message: `segment ${JSON.stringify(segmentId)} already has its text in transcript[${firstIndex}]`,
          },
  );
  return [...unknown, ...repeated];
}

function linkTargetsOf(layer: NativeLayer): NativeLinkTargets {
  const utteranceTexts = new Map<string, string>();
  for (const { segmentId, text } of layer.transcript) {
    if (segmentId !== null && !utteranceTexts.has(segmentId)) utteranceTexts.set(segmentId, text);
  }
  return {
    layer: layer.layer,
    recordIds: new Set(layer.records.map((record) => record.id)),
    segmentIds: new Set(
      layer.records.filter((record) => record.kind === 'segment').map((record) => record.id),
    ),
    utteranceTexts,
  };
}

function checkLinks(layer: NativeLayer, layerIndex: number, context: NativeReferenceContext) {
  const linksPath = ['layers', layerIndex, 'links'];
  const repeatedIds = duplicates(
    layer.links.map((link) => link.id),
    (id, firstIndex, index) => ({
      path: formatJsonPath([...linksPath, index, 'id']),
      message: `link id ${JSON.stringify(id)} is used twice in layer ${layer.layer} (also by links[${firstIndex}])`,
    }),
  );
  const targets = linkTargetsOf(layer);
  const links = layer.links.flatMap((link, index) =>
    checkNativeLink(link, [...linksPath, index], targets, context),
  );
  return [...repeatedIds, ...links];
}

function checkLayer(layer: NativeLayer, layerIndex: number, context: NativeReferenceContext) {
  const recordsPath = ['layers', layerIndex, 'records'];
  const repeatedIds = duplicates(
    layer.records.map((record) => record.id),
    (id, firstIndex, index) => ({
      path: formatJsonPath([...recordsPath, index, 'id']),
      message: `record id ${JSON.stringify(id)} is used twice in layer ${layer.layer} (also by records[${firstIndex}])`,
    }),
  );
  const records = layer.records.flatMap((record, index) =>
    checkNativeRecord(record, [...recordsPath, index], context),
  );
  return [
    ...repeatedIds,
    ...records,
    ...checkTranscript(layer, layerIndex),
    ...checkLinks(layer, layerIndex, context),
  ];
}

function checkFrameRate(item: NativeItem, context: NativeReferenceContext): NativeProblem[] {
  const fileRate = item.item.media?.frameRate;
  const targetRate = context.media?.frameRate;
  if (!fileRate || !targetRate || fileRate.num * targetRate.den === targetRate.num * fileRate.den) {
    return [];
  }
  const message = `the annotations were made at ${fileRate.num}/${fileRate.den} frames per second, but this item's media runs at ${targetRate.num}/${targetRate.den}; frame indexes would point at other moments`;
  return [{ path: 'item.media.frameRate', message }];
}

/**
 * Everything in a well-formed file that does not fit where it goes: unknown tiers, labels,
 * skeletons and relation types, keyframes and segments past the end of the media, shapes with
 * too few points, duplicate ids and layers, transcript blocks bound to missing segments, links to
 * records or text the layer lacks. Every problem is reported, in file order.
 */
export function checkNativeReferences(
  item: NativeItem,
  context: NativeReferenceContext,
): NativeProblem[] {
  const repeatedLayers = duplicates(
    item.layers.map((layer) => layer.layer),
    (layer, firstIndex, index) => ({
      path: formatJsonPath(['layers', index, 'layer']),
      message: `layer ${layer} appears twice (also as layers[${firstIndex}])`,
    }),
  );
  return [
    ...checkFrameRate(item, context),
    ...repeatedLayers,
    ...item.layers.flatMap((layer, index) => checkLayer(layer, index, context)),
  ];
}
