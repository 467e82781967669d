import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { GuidelineVersionsReading } from '../../shared/doc/guidelineVersions.ts';
import type { PresenceUser } from '../../shared/protocol/presence.ts';
import type { GuidelineNodeJson, GuidelineVersion } from '../../shared/schema/guidelineVersion.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { PresenceChannel } from '../collab/createPresence.ts';
import type { SessionDocument } from '../session/ItemSession.ts';
import type { SnapshotStore } from '../store/SnapshotStore.ts';

/** A project's guidelines document, open and wired for the guidelines page. */
export interface GuidelinesSession {
  projectId: string;
  presenceUser: PresenceUser;
  /** The provider of `<projectId>/_/guidelines`; the editor binds to its document. */
  provider: HocuspocusProvider;
  document: SessionDocument;
  /** Same as `[document]`, for hooks that watch every document of a session. */
  documents: readonly SessionDocument[];
  versions: SnapshotStore<GuidelineVersionsReading>;
  presence: PresenceChannel;
  /** The server granted this connection write access (trainers and admins). */
  canWrite(): boolean;
  /** Why a name cannot be used for a new version, or the trimmed name. */
  checkVersionName(name: string): Result<string>;
  /** Saves the text as it stands now under a name. */
  saveVersion(name: string): Result<GuidelineVersion>;
  /** A store of the live text as ProseMirror JSON, to compare versions with; dispose it when done. */
  openTextStore(): SnapshotStore<GuidelineNodeJson>;
  dispose(): void;
}
