import type { Disagreement } from './Disagreement.ts';
import { disagreementId } from './disagreementId.ts';
import type { IdentitySwitch } from './spatial/identitySwitches.ts';

/** The disagreement an identity switch makes: one frame, the switching track and both partners. */
export function switchDisagreement(
  layers: readonly [string, string],
  change: IdentitySwitch,
): Disagreement {
  const location = { frames: { first: change.frame, last: change.frame } };
  const objectIds = [change.trackId, change.fromId, change.toId].sort();
  const owner = change.side === 'left' ? layers[0] : layers[1];
  return {
    id: disagreementId({ kind: 'identity-switch', layers, objectIds, location }),
    kind: 'identity-switch',
    severity: 0.8,
    layers,
    objectIds,
    location,
    labelId: null,
    message: `${owner}'s ${change.trackId} switches from ${change.fromId} to ${change.toId}`,
  };
}
