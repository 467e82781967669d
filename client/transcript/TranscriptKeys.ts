import { Extension } from '@tiptap/core';
import { deleteSelectionAcrossUtterances } from './deleteSelectionAcrossUtterances.ts';
import { insertUtteranceAtPlayhead } from './insertUtteranceAtPlayhead.ts';
import { mergeUtteranceAtCaret } from './mergeUtteranceAtCaret.ts';
import { splitUtteranceAtCaret } from './splitUtteranceAtCaret.ts';
import type { TranscriptContext, TranscriptContextStore } from './transcriptContextStore.ts';

/**
 * Keys that keep text and segments together: Enter splits, Backspace/Delete at an edge merges, and
 * Backspace/Delete over a selection across utterances joins what is left.
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
    };
  },
});
