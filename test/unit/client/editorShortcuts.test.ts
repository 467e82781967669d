import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../client/ui/editorShortcuts.ts';
import {
  EDITOR_SHORTCUTS,
  labelForKey,
  shortcutActionOf,
} from '../../../client/ui/editorShortcuts.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('editor shortcuts', () => {
  it('maps every documented hotkey to its action', () => {
    expect(shortcutActionOf(press(' '))).toBe('togglePlay');
    expect(shortcutActionOf(press('ArrowLeft'))).toBe('previousFrame');
    expect(shortcutActionOf(press('ArrowRight'))).toBe('nextFrame');
    expect(shortcutActionOf(press('ArrowLeft', { shiftKey: true }))).toBe('backOneSecond');
    expect(shortcutActionOf(press('ArrowRight', { shiftKey: true }))).toBe('forwardOneSecond');
    expect(shortcutActionOf(press(','))).toBe('previousKeyframe');
    expect(shortcutActionOf(press('.'))).toBe('nextKeyframe');
    expect(shortcutActionOf(press('o'))).toBe('toggleOutside');
    expect(shortcutActionOf(press('O', { shiftKey: true }))).toBe('toggleOutside');
    expect(shortcutActionOf(press('Delete'))).toBe('deleteSelection');
    expect(shortcutActionOf(press('Backspace'))).toBe('deleteSelection');
    expect(shortcutActionOf(press('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutActionOf(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutActionOf(press('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutActionOf(press('z', { metaKey: true }))).toBe('undo');
    expect(shortcutActionOf(press('?', { shiftKey: true }))).toBe('showShortcuts');
    expect(shortcutActionOf(press('Escape'))).toBe('deselect');
  });

  it('leaves browser shortcuts such as Ctrl+O and Ctrl+Space alone', () => {
    expect(shortcutActionOf(press('o', { ctrlKey: true }))).toBeNull();
    expect(shortcutActionOf(press(' ', { ctrlKey: true }))).toBeNull();
    expect(shortcutActionOf(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  it('lists each action once on the shortcut sheet', () => {
    const actions = EDITOR_SHORTCUTS.map((shortcut) => shortcut.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('finds the label whose hotkey was pressed, but not with a modifier held', () => {
    const labels = [
      { id: 'car', hotkey: '1' },
      { id: 'person', hotkey: '2' },
      { id: 'other', hotkey: null },
    ];
    expect(labelForKey(labels, press('2'))?.id).toBe('person');
    expect(labelForKey(labels, press('2', { ctrlKey: true }))).toBeNull();
    expect(labelForKey(labels, press('3'))).toBeNull();
  });
});
