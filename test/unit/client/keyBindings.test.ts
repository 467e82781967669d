import { describe, expect, it } from 'vitest';
import { shortcutActionOf } from '../../../client/ui/editorShortcuts.ts';
import { bindingConflicts, boundKeyOf, checkBinding } from '../../../client/ui/keyBindings.ts';

const labels = [
  { name: 'person', hotkey: '1' },
  { name: 'bus', hotkey: 'q' },
];
const press = (key: string, extra: Partial<{ ctrlKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('configurable hotkeys', () => {
  it('moves an action to a free key, which then answers instead of the default', () => {
    const bound = checkBinding('boxTool', 'Y', {}, labels);
    expect(bound).toEqual({ ok: true, value: { boxTool: 'y' } });
    const bindings = bound.ok ? bound.value : {};
    expect(boundKeyOf('boxTool', bindings)).toBe('y');
    expect(shortcutActionOf(press('y'), bindings)).toBe('boxTool');
    expect(shortcutActionOf(press('v'), bindings)).toBeNull();
    expect(shortcutActionOf(press('y', { altKey: true }), bindings)).toBeNull();
    expect(shortcutActionOf(press('y', { ctrlKey: true }), bindings)).toBe('redo');
    expect(shortcutActionOf(press('b'), bindings)).toBe('brushTool');
  });

  it('refuses a key another action or a label has, naming who has it', () => {
    expect(checkBinding('boxTool', 'b', {}, labels)).toEqual({
      ok: false,
      error: 'B is already "Brush" (brushTool): choose another key',
    });
    expect(checkBinding('boxTool', '1', {}, labels)).toEqual({
      ok: false,
      error: '1 is already the label person: choose another key',
    });
    expect(checkBinding('boxTool', 'Enter', {}, labels)).toMatchObject({ ok: false });
    expect(checkBinding('previousKeyframe', 'y', {}, labels)).toEqual({
      ok: false,
      error: 'previousKeyframe keeps its key',
    });
  });

  it('lists keys with two meanings, as when a label takes a tool’s key', () => {
    expect(bindingConflicts({}, labels)).toEqual([]);
    expect(bindingConflicts({}, [{ name: 'bus', hotkey: 'b' }])).toEqual([
      'B: brushTool and the label bus',
    ]);
    expect(bindingConflicts({ boxTool: 'e' }, [])).toEqual([
      'E: boxTool and "Eraser" (eraserTool)',
    ]);
  });
});
