import { Extension } from '@tiptap/core';
import { deleteSelectionAcrossUtterances } from './deleteSelectionAcrossUtterances.ts';
import { insertUtteranceAtPlayhead } from './insertUtteranceAtPlayhead.ts';
import { mergeUtteranceAtCaret } from './mergeUtteranceAtCaret.ts';
import { speakerAtCaret } from './speakerAtCaret.ts';
import { splitUtteranceAtCaret } from './splitUtteranceAtCaret.ts';
import type { TranscriptContext, TranscriptContextStore } from './transcriptContextStore.ts';

/** How far Alt+← and Alt+→ move the playhead while transcribing. */
const REWIND_MS = 2_000;

/**
 * Keys that keep text and segments together: Enter splits, Backspace/Delete at an edge merges, and
 * Backspace/Delete over a selection across utterances joins what is left. And transcription without
 * leaving the keyboard: Escape plays or pauses, Alt+←/→ jump 2 s back or forward, Alt+↓/↑ slow down
 * or speed up, Ctrl+Shift+Enter inserts an utterance at the playhead, Alt+1…9 picks a speaker.
 */
export const TranscriptKeys = Extension.create<{ context: TranscriptContextStore | null }>({
  name: 'transcriptKeys',
  // Ahead of the editor's own Enter and Backspace, which would split or join text alone.
  priority: 200,
  addOptions() {
    return { context: null };
  },
  addKeyboardShortcuts() {
    const store = this.options.context;
    const withContext = (run: (context: TranscriptContext) => boolean) => () =>
      store ? run(store.get()) : false;
    return {
      Enter: withContext((context) => splitUtteranceAtCaret(this.editor, context)),
      Backspace: withContext(
        (context) =>
          deleteSelectionAcrossUtterances(this.editor, context) ||
          mergeUtteranceAtCaret(this.editor, context, 'backward'),
      ),
      Delete: withContext(
        (context) =>
          deleteSelectionAcrossUtterances(this.editor, context) ||
          mergeUtteranceAtCaret(this.editor, context, 'forward'),
      ),
      'Mod-Shift-Enter': withContext((context) => insertUtteranceAtPlayhead(this.editor, context)),
      Escape: withContext((context) => (context.player.togglePlay(), true)),
      'Alt-ArrowLeft': withContext((context) => (context.player.seekBy(-REWIND_MS), true)),
      'Alt-ArrowRight': withContext((context) => (context.player.seekBy(REWIND_MS), true)),
      'Alt-ArrowDown': withContext((context) => (context.player.stepRate(-1), true)),
      'Alt-ArrowUp': withContext((context) => (context.player.stepRate(1), true)),
      ...Object.fromEntries(
        Array.from({ length: 10 }, (_, number) => [
          `Alt-${number}`,
          withContext((context) => speakerAtCaret(this.editor, context, number)),
        ]),
      ),
    };
  },
});
