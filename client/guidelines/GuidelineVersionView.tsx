import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import type { GuidelineBlockChange } from '../../shared/doc/diffGuidelineBlocks.ts';
import { diffGuidelineBlocks } from '../../shared/doc/diffGuidelineBlocks.ts';
import { guidelineBlocks } from '../../shared/doc/guidelineBlocks.ts';
import type { GuidelineNodeJson, GuidelineVersion } from '../../shared/schema/guidelineVersion.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';
import { useStore } from '../ui/useStore.ts';
import { guidelineSchemaExtensions } from './guidelineSchemaExtensions.ts';

const EMPTY_TEXT: GuidelineNodeJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Runs of unchanged blocks fold into one count, so the changes stand out. */
type DiffLine = GuidelineBlockChange | { change: 'unchanged'; count: number };

function foldUnchanged(changes: readonly GuidelineBlockChange[]): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const change of changes) {
    const last = lines.at(-1);
    if (change.change !== 'same') lines.push(change);
    else if (last?.change === 'unchanged') last.count += 1;
    else lines.push({ change: 'unchanged', count: 1 });
  }
  return lines;
}

function VersionDiff(props: { version: GuidelineVersion; current: GuidelineNodeJson }) {
  const { version, current } = props;
  const lines = useMemo(
    () =>
      foldUnchanged(
        diffGuidelineBlocks(guidelineBlocks(version.content), guidelineBlocks(current)),
      ),
    [version, current],
  );
  const changed = lines.some((line) => line.change === 'added' || line.change === 'removed');
  return (
    <section
      className="guidelines-diff"
      data-testid="guidelines-diff"
      aria-label="Changes since this version"
    >
      <h3>Changes from “{version.name}” to the current text</h3>
      {!changed && <p className="muted">No changes since this version.</p>}
      {changed && (
        <ul>
          {lines.map((line, index) =>
            line.change === 'unchanged' ? (
              <li key={index} className="diff-unchanged">
                {line.count} unchanged block{line.count === 1 ? '' : 's'}
              </li>
            ) : (
              <li key={index} className={`diff-${line.change}`} data-change={line.change}>
                <span className="diff-sign" aria-label={line.change}>
                  {line.change === 'added' ? '+' : '−'}
                </span>
                <span className={`diff-block diff-block-${line.type}`}>{line.text}</span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

/** A saved version, read-only, and what has changed since, paragraph by paragraph. */
export function GuidelineVersionView(props: {
  version: GuidelineVersion;
  openTextStore: () => SnapshotStore<GuidelineNodeJson>;
  onClose: () => void;
}) {
  const { version } = props;
  const content = version.content.content?.length ? version.content : EMPTY_TEXT;
  const editor = useEditor(
    { extensions: guidelineSchemaExtensions(), content, editable: false, immediatelyRender: true },
    [version.id],
  );
  const [textStore] = useState(props.openTextStore);
  useEffect(() => () => textStore.dispose(), [textStore]);
  const current = useStore(textStore);
  return (
    <div className="guidelines-version" data-testid="guidelines-version">
      <div className="guidelines-version-banner">
        <span>
          Viewing version <strong>{version.name}</strong> (read-only)
        </span>
        <button type="button" onClick={props.onClose} data-testid="guidelines-back-to-current">
          Back to the current text
        </button>
      </div>
      <EditorContent editor={editor} className="guidelines-text guidelines-text-version" />
      <VersionDiff version={version} current={current} />
    </div>
  );
}
