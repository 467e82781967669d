import type { Role } from '../../shared/protocol/http.ts';

/** The demo project's id and name. */
export const DEMO_PROJECT = { id: 'demo', name: 'Demo: street scene' } as const;

/** The demo video's item, ingested from samples/demo.mp4. */
export const DEMO_ITEM = { id: 'street', name: 'Street scene' } as const;

/** The demo's audio-only item, ingested from samples/interview.m4a. */
export const DEMO_AUDIO_ITEM = { id: 'interview', name: 'Interview (audio only)' } as const;

/** Password of every demo user unless DEMO_PASSWORD says otherwise. */
export const DEFAULT_DEMO_PASSWORD = 'concord-demo';

/** One demo user: a login, a display name and a colour distinct from the others and from the labels. */
export interface DemoUser {
  username: string;
  name: string;
  colour: string;
  role: Role;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'annotator1', name: 'Ana (annotator)', colour: '#911eb4', role: 'annotator' },
  { username: 'annotator2', name: 'Arlo (annotator)', colour: '#42d4f4', role: 'annotator' },
  { username: 'annotator3', name: 'Ines (annotator)', colour: '#469990', role: 'annotator' },
  { username: 'reviewer', name: 'Rae (reviewer)', colour: '#f032e6', role: 'reviewer' },
  { username: 'trainer', name: 'Tess (trainer)', colour: '#9a6324', role: 'trainer' },
];
