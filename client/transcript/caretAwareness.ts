import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_USER_FIELD, TEXT_CARET_FIELD } from '../../shared/protocol/presence.ts';

type AwarenessState = Record<string, unknown>;
type Listener = (...args: never[]) => void;

/** The part of an awareness the collaborative caret plugins use. */
export interface CaretAwareness {
  readonly clientID: number;
  readonly states: Map<number, AwarenessState>;
  getStates(): Map<number, AwarenessState>;
  getLocalState(): AwarenessState | null;
  setLocalStateField(field: string, value: unknown): void;
  on(event: string, listener: Listener): void;
  off(event: string, listener: Listener): void;
}

function isRelativePosition(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('item' in value || 'type' in value || 'tname' in value)
  );
}

function isCaret(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const caret = value as { anchor?: unknown; head?: unknown };
  return isRelativePosition(caret.anchor) && isRelativePosition(caret.head);
}

function asCaretState(state: AwarenessState): AwarenessState {
  const caret = state[TEXT_CARET_FIELD];
  const user = state[PRESENCE_USER_FIELD];
  const colour =
    typeof user === 'object' && user !== null ? (user as { colour?: unknown }).colour : null;
  return {
    ...state,
    cursor: isCaret(caret) ? caret : null,
    user: typeof user === 'object' && user !== null ? { ...user, color: colour } : undefined,
  };
}

function asCaretStates(states: Map<number, AwarenessState>): Map<number, AwarenessState> {
  const mapped = new Map<number, AwarenessState>();
  for (const [clientId, state] of states) mapped.set(clientId, asCaretState(state));
  return mapped;
}

/**
 * Shows an awareness to the caret plugins with the transcript caret in the `cursor` field they read
 * and write (y-prosemirror hard-codes it), while the real `cursor` field stays the canvas pointer.
 * Colours are read from `colour`, the spelling of the shared presence shape.
 */
export function caretAwareness(awareness: Awareness): CaretAwareness {
  return {
    get clientID() {
      return awareness.clientID;
    },
    get states() {
      return asCaretStates(awareness.getStates() as Map<number, AwarenessState>);
    },
    getStates() {
      return asCaretStates(awareness.getStates() as Map<number, AwarenessState>);
    },
    getLocalState() {
      const state = awareness.getLocalState();
      return state ? asCaretState(state) : null;
    },
    setLocalStateField(field, value) {
      awareness.setLocalStateField(field === 'cursor' ? TEXT_CARET_FIELD : field, value);
    },
    on: (event, listener) => awareness.on(event as 'change', listener as never),
    off: (event, listener) => awareness.off(event as 'change', listener as never),
  };
}
