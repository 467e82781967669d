import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';

/** Labels of the demo project, each with a number key. */
export const DEMO_LABELS: readonly Label[] = [
  { id: 'person', name: 'person', colour: '#e6194b', hotkey: '1' },
  { id: 'car', name: 'car', colour: '#3cb44b', hotkey: '2' },
  { id: 'bicycle', name: 'bicycle', colour: '#4363d8', hotkey: '3' },
  { id: 'dog', name: 'dog', colour: '#f58231', hotkey: '4' },
];

/** Timeline tiers of the demo project: free events and the transcript's utterances. */
export const DEMO_TIERS: readonly Tier[] = [
  { id: 'events', name: 'Events', kind: 'segments' },
  { id: 'transcript', name: 'Transcript', kind: 'transcript' },
];
