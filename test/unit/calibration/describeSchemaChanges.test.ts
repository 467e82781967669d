import { describe, expect, it } from 'vitest';
import { describeSchemaChanges } from '../../../shared/calibration/describeSchemaChanges.ts';
import type { Label } from '../../../shared/schema/labelSchema.ts';
import type { Tier } from '../../../shared/schema/tier.ts';

const car: Label = { id: 'car', name: 'Car', colour: '#1f77b4', hotkey: 'c' };
const person: Label = {
  id: 'person',
  name: 'Person',
  colour: '#ff7f0e',
  hotkey: null,
  attributes: [
    { id: 'pose', name: 'pose', type: 'text', options: [], perFrame: false, required: false },
  ],
};
const events: Tier = { id: 'events', name: 'Events', kind: 'segments' };

describe('describing label schema changes', () => {
  it('names each change by the entries’ names, keeping ids as the thread between versions', () => {
    const before = { labels: [car, person], tiers: [events] };
    const after = {
      labels: [
        { ...car, name: 'Vehicle', colour: '#000000', hotkey: 'v', iouThreshold: 0.3 },
        {
          ...person,
          attributes: [
            {
              ...(person.attributes?.[0] as NonNullable<Label['attributes']>[number]),
              name: 'stance',
            },
          ],
        },
        { id: 'dog', name: 'Dog', colour: '#00ff00', hotkey: null },
      ],
      tiers: [{ ...events, name: 'Happenings' }],
    };
    expect(describeSchemaChanges(before, after)).toEqual([
      'renamed label “Car” to “Vehicle”',
      'recoloured label “Vehicle” #000000',
      'gave label “Vehicle” the hotkey v',
      'set label “Vehicle”’s IoU threshold to 0.3',
      'renamed attribute of “Person” “pose” to “stance”',
      'added label “Dog”',
      'renamed tier “Events” to “Happenings”',
    ]);
    expect(describeSchemaChanges(after, before)).toContain('removed label “Dog”');
    expect(describeSchemaChanges(before, before)).toEqual([]);
  });
});
