import type { FormEvent } from 'react';
import { useState } from 'react';
import type { GuidelineVersion } from '../../shared/schema/guidelineVersion.ts';
import type { Result } from '../../shared/schema/result.ts';
import { formatWallClock } from '../ui/formatWallClock.ts';

function SaveVersionForm(props: { onSave: (name: string) => Result<GuidelineVersion> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const saved = props.onSave(name);
    if (saved.ok) {
      setName('');
      setError(null);
    } else setError(saved.error);
  };
  return (
    <form className="guidelines-save" onSubmit={save}>
      <label>
        Save the current text as
        <input
          value={name}
          placeholder="Round 1"
          maxLength={80}
          data-testid="guidelines-version-name"
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit" data-testid="guidelines-save-version">
        Save version
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The named versions, newest first; picking one shows it. Writers can save a new one. */
export function GuidelineVersionList(props: {
  versions: readonly GuidelineVersion[];
  pickedId: string | null;
  onPick: (id: string | null) => void;
  onSave: ((name: string) => Result<GuidelineVersion>) | null;
}) {
  const newestFirst = [...props.versions].sort(
    (left, right) => right.savedAtMs - left.savedAtMs || left.name.localeCompare(right.name),
  );
  return (
    <aside className="guidelines-versions" aria-label="Versions">
      <h2>Versions</h2>
      {props.onSave && <SaveVersionForm onSave={props.onSave} />}
      {newestFirst.length === 0 && <p className="muted">No version has been saved yet.</p>}
      <ul data-testid="guidelines-versions">
        {newestFirst.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              className={version.id === props.pickedId ? 'version active' : 'version'}
              aria-pressed={version.id === props.pickedId}
              data-testid={`guidelines-version-${version.id}`}
              onClick={() => props.onPick(version.id === props.pickedId ? null : version.id)}
            >
              <strong className="version-name">{version.name}</strong>
              <span className="muted">
                {version.savedByName || version.savedBy} · {formatWallClock(version.savedAtMs)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
