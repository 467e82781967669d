import type { ReactNode } from 'react';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { formatDuration } from './formatDuration.ts';
import { GoToFrameField } from './GoToFrameField.tsx';

/** What the toolbar shows and the actions it offers. */
export interface ToolbarProps {
  labels: readonly Label[];
  activeLabelId: string | null;
  onLabel: (labelId: string) => void;
  canWrite: boolean;
  playing: boolean;
  onTogglePlay: () => void;
  rate: number;
  onRate: (rate: number) => void;
  onStep: (frames: number) => void;
  onGoToFrame: (frame: number) => void;
  frame: number;
  frameCount: number;
  timeMs: number;
  /** Whether the selected track is outside at this frame; null when no single track is selected. */
  selectedOutside: boolean | null;
  onToggleOutside: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onShowShortcuts: () => void;
  historyOpen: boolean;
  onToggleHistory: () => void;
  /** The canvas tool picker, shown after the labels. */
  toolPicker: ReactNode;
}

const RATES = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

/** Labels with their hotkeys, outside toggle, playback, frame stepping and undo. */
export function Toolbar(props: ToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor tools">
      <div className="tool-group" aria-label="Labels">
        {props.labels.map((label) => (
          <button
            key={label.id}
            type="button"
            className={label.id === props.activeLabelId ? 'label-button active' : 'label-button'}
            data-testid={`label-${label.id}`}
            disabled={!props.canWrite}
            title={`Label ${label.name}${label.hotkey ? ` (${label.hotkey})` : ''}`}
            onClick={() => props.onLabel(label.id)}
          >
            <span className="swatch" style={{ backgroundColor: label.colour }} />
            {label.name}
            {label.hotkey && <kbd>{label.hotkey}</kbd>}
          </button>
        ))}
      </div>
      {props.toolPicker}
      <button
        type="button"
        data-testid="toggle-outside"
        disabled={!props.canWrite || props.selectedOutside === null}
        aria-pressed={props.selectedOutside === true}
        title="Toggle outside from this frame (O)"
        onClick={props.onToggleOutside}
      >
        {props.selectedOutside ? 'Outside' : 'Visible'}
      </button>
      <div className="tool-group" aria-label="Playback">
        <button
          type="button"
          title="Previous frame (←)"
          onClick={() => props.onStep(-1)}
          data-testid="step-back"
        >
          −1
        </button>
        <button
          type="button"
          title="Play or pause (Space)"
          onClick={props.onTogglePlay}
          data-testid="play-pause"
        >
          {props.playing ? '⏸' : '▶'}
        </button>
        <button
          type="button"
          title="Next frame (→)"
          onClick={() => props.onStep(1)}
          data-testid="step-forward"
        >
          +1
        </button>
        <select
          aria-label="Playback rate"
          data-testid="rate"
          value={props.rate}
          onChange={(event) => props.onRate(Number(event.target.value))}
        >
          {RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rate}×
            </option>
          ))}
        </select>
        <span className="clock">
          frame{' '}
          <GoToFrameField
            frame={props.frame}
            frameCount={props.frameCount}
            onGoToFrame={props.onGoToFrame}
          />
          <span data-testid="frame-index" hidden>
            {props.frame}
          </span>
          <span className="muted"> / {Math.max(0, props.frameCount - 1)}</span>{' '}
          <span data-testid="time">{formatDuration(props.timeMs)}</span>
        </span>
      </div>
      <div className="tool-group" aria-label="History">
        <button
          type="button"
          disabled={!props.canUndo}
          onClick={props.onUndo}
          title="Undo (Ctrl+Z)"
          data-testid="undo"
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!props.canRedo}
          onClick={props.onRedo}
          title="Redo (Ctrl+Shift+Z)"
          data-testid="redo"
        >
          Redo
        </button>
      </div>
      <button
        type="button"
        aria-pressed={props.historyOpen}
        onClick={props.onToggleHistory}
        title="The layer's history: see earlier times, restore (H)"
        data-testid="toggle-history"
      >
        History
      </button>
      <button
        type="button"
        onClick={props.onShowShortcuts}
        title="Keyboard shortcuts (?)"
        data-testid="show-shortcuts"
      >
        ?
      </button>
    </div>
  );
}
