import type { ReactNode } from 'react';
import { PLAYBACK_RATES } from '../audio/playbackRate.ts';
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
  /** Zoom, pan and brightness/contrast controls, shown after the tool picker. */
  viewControls?: ReactNode;
  /** For image items, shown in place of playback: previous and next image and "image i of n". */
  imageStepper?: ReactNode;
}

/** Labels with their hotkeys, outside toggle, playback, frame stepping and undo. */
export function Toolbar(props: ToolbarProps) {
  // Audio-only media have no frames: no canvas tools, the arrows step 10 ms, the clock shows time only.
  const hasFrames = props.frameCount > 0;
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
      {hasFrames && props.toolPicker}
      {hasFrames && props.viewControls}
      {hasFrames && (
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
      )}
      {props.imageStepper}
      {!props.imageStepper && (
        <div className="tool-group" aria-label="Playback">
          <button
            type="button"
            title={hasFrames ? 'Previous frame (←)' : 'Back 10 ms (←)'}
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
            title={hasFrames ? 'Next frame (→)' : 'Forward 10 ms (→)'}
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
            {PLAYBACK_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {rate}×
              </option>
            ))}
          </select>
          <span className="clock">
            {hasFrames && (
              <>
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
              </>
            )}
            <span data-testid="time">{formatDuration(props.timeMs)}</span>
          </span>
        </div>
      )}
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
