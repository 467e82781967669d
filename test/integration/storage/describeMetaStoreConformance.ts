import { describe, expect, it } from 'vitest';
import type {
  MediaFrameRow,
  MediaRow,
  MetaStore,
  UserRow,
} from '../../../server/storage/MetaStore.ts';
import type { StorageSuiteContext } from './storageSuiteContext.ts';

function userNamed(username: string): UserRow {
  return {
    id: `u-${username}`,
    username,
    name: `${username} Tester`,
    colour: '#2a9d8f',
    passwordHash: '$scrypt$hash',
  };
}

const MEDIA: MediaRow = {
  id: 'media-1',
  projectId: 'street',
  fileName: 'media-1.mp4',
  mimeType: 'video/mp4',
  sizeBytes: 5_000_000_000,
  durationMs: 61_061,
  frameRate: { num: 30000, den: 1001 },
  frameCount: 1830,
  width: 1920,
  height: 1080,
  hasAudio: true,
  sha256: 'ab'.repeat(32),
};

async function seedProject(store: MetaStore): Promise<void> {
  await store.createProject({ id: 'street', name: 'Street' });
  for (const username of ['grace', 'Zed', 'ada']) await store.createUser(userNamed(username));
}

/** MetaStore: rows round-trip, lists are ordered, transactions are all or nothing. */
export function describeMetaStoreConformance(context: StorageSuiteContext): void {
  describe('meta store', () => {
    it('stores users, projects, memberships, items and media and reads them back', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      await metaStore.setMembership('street', 'u-ada', 'annotator');
      await metaStore.setMembership('street', 'u-ada', 'reviewer');
      await metaStore.createMedia(MEDIA);
      await metaStore.createItem({
        projectId: 'street',
        id: 'clip-1',
        name: 'Clip',
        mediaId: MEDIA.id,
      });
      await metaStore.createItem({
        projectId: 'street',
        id: 'clip-0',
        name: 'Clip',
        mediaId: null,
      });

      expect(await metaStore.getUser('u-ada')).toEqual(userNamed('ada'));
      expect(await metaStore.findUserByUsername('grace')).toEqual(userNamed('grace'));
      expect(await metaStore.findUserByUsername('nobody')).toBeUndefined();
      expect((await metaStore.listUsers()).map((user) => user.username)).toEqual([
        'Zed',
        'ada',
        'grace',
      ]);
      expect(await metaStore.getProject('street')).toEqual({ id: 'street', name: 'Street' });
      expect(await metaStore.listProjectsOf('u-ada')).toEqual([
        { id: 'street', name: 'Street', role: 'reviewer' },
      ]);
      expect(await metaStore.roleOf('street', 'u-ada')).toBe('reviewer');
      expect(await metaStore.roleOf('street', 'u-grace')).toBeNull();
      expect(await metaStore.listMembers('street')).toEqual([
        { userId: 'u-ada', role: 'reviewer' },
      ]);
      expect(await metaStore.getMedia(MEDIA.id)).toEqual(MEDIA);
      expect((await metaStore.listItems('street')).map((item) => item.id)).toEqual([
        'clip-0',
        'clip-1',
      ]);
      expect(await metaStore.getItem('street', 'clip-1')).toEqual({
        projectId: 'street',
        id: 'clip-1',
        name: 'Clip',
        mediaId: MEDIA.id,
      });
    });

    it('stores the images of an image item and reads them back in frame order', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      const imageMedia: MediaRow = {
        ...MEDIA,
        id: 'media-set',
        fileName: 'media-set-0.jpg',
        mimeType: 'image/jpeg',
        frameRate: { num: 1, den: 1 },
        frameCount: 2,
        durationMs: 2000,
        hasAudio: false,
      };
      const frame = (index: number, originalName: string | null): MediaFrameRow => ({
        mediaId: imageMedia.id,
        index,
        fileName: `media-set-${index}.jpg`,
        originalName,
        mimeType: 'image/jpeg',
        sizeBytes: 3_000_000_000 + index,
        sha256: String(index).repeat(64),
        width: 1920,
        height: 1080,
      });
      await metaStore.transaction(async (store) => {
        await store.createMedia(imageMedia);
        await store.createMediaFrames([frame(1, null), frame(0, 'première.jpg')]);
      });
      expect(await metaStore.listMediaFrames(imageMedia.id)).toEqual([
        frame(0, 'première.jpg'),
        frame(1, null),
      ]);
      expect(await metaStore.getMediaFrame(imageMedia.id, 1)).toEqual(frame(1, null));
      expect(await metaStore.getMediaFrame(imageMedia.id, 2)).toBeUndefined();
      expect(await metaStore.listMediaFrames(MEDIA.id)).toEqual([]);
      await expect(metaStore.createMediaFrames([frame(1, 'again.jpg')])).rejects.toThrow();
      await expect(
        metaStore.createMediaFrames([{ ...frame(0, null), mediaId: 'no-such-media' }]),
      ).rejects.toThrow();
    });

    it('refuses a second user with a username already taken', async () => {
      const { metaStore } = await context.open();
      await metaStore.createUser(userNamed('ada'));
      await expect(metaStore.createUser({ ...userNamed('ada'), id: 'u-other' })).rejects.toThrow();
      expect(await metaStore.listUsers()).toHaveLength(1);
    });

    it('stores assignments, lists them oldest first and records when one is revealed', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      await metaStore.createItem({
        projectId: 'street',
        id: 'clip-1',
        name: 'Clip',
        mediaId: null,
      });
      const base = {
        projectId: 'street',
        itemId: 'clip-1',
        createdBy: 'u-grace',
        revealedAtMs: null,
      };
      await metaStore.createAssignment({
        ...base,
        id: 'b2',
        userId: 'u-ada',
        mode: 'blind',
        createdAtMs: 20,
      });
      await metaStore.createAssignment({
        ...base,
        id: 'b1',
        userId: 'u-Zed',
        mode: 'blind',
        createdAtMs: 20,
      });
      await metaStore.createAssignment({
        ...base,
        id: 's1',
        userId: 'u-ada',
        mode: 'shared',
        createdAtMs: 10,
      });
      await metaStore.setAssignmentMode('b2', 'revealed', 99);

      const ofItem = await metaStore.listAssignmentsOfItem('street', 'clip-1');
      expect(ofItem.map((assignment) => assignment.id)).toEqual(['s1', 'b1', 'b2']);
      expect((await metaStore.listAssignmentsOfUser('u-ada')).map((row) => row.id)).toEqual([
        's1',
        'b2',
      ]);
      expect(await metaStore.getAssignment('b2')).toEqual({
        ...base,
        id: 'b2',
        userId: 'u-ada',
        mode: 'revealed',
        createdAtMs: 20,
        revealedAtMs: 99,
      });
      await metaStore.setAssignmentMode('b2', 'blind', 120);
      expect((await metaStore.getAssignment('b2'))?.revealedAtMs).toBeNull();
    });

    it('stores calibration sessions with their assignments and records reveal and close', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      await metaStore.createItem({
        projectId: 'street',
        id: 'clip-1',
        name: 'Clip',
        mediaId: null,
      });
      const assignment = {
        projectId: 'street',
        itemId: 'clip-1',
        createdBy: 'u-grace',
        mode: 'blind' as const,
        revealedAtMs: null,
      };
      await metaStore.createAssignment({
        ...assignment,
        id: 'z9',
        userId: 'u-ada',
        createdAtMs: 5,
      });
      await metaStore.createAssignment({
        ...assignment,
        id: 'a1',
        userId: 'u-Zed',
        createdAtMs: 5,
      });
      await metaStore.createAssignment({
        ...assignment,
        id: 'x0',
        userId: 'u-Zed',
        createdAtMs: 1,
      });
      const session = {
        id: 's-one',
        projectId: 'street',
        name: 'Round "1" <b>',
        trainerId: 'u-grace',
        createdAtMs: 5,
        revealedAtMs: null,
        closedAtMs: null,
        report: null,
      };
      await metaStore.createCalibrationSession(session, ['z9', 'a1']);
      await metaStore.createCalibrationSession({ ...session, id: 's-two', createdAtMs: 9 }, []);
      expect(await metaStore.getCalibrationSession('s-one')).toEqual(session);
      expect(await metaStore.getCalibrationSession('s-none')).toBeUndefined();
      const listed = await metaStore.listCalibrationSessions('street');
      expect(listed.map((row) => row.id)).toEqual(['s-two', 's-one']);
      const linked = await metaStore.listSessionAssignments('s-one');
      expect(linked.map((row) => row.id)).toEqual(['a1', 'z9']);
      await metaStore.updateCalibrationSession('s-one', { revealedAtMs: 7 });
      await metaStore.updateCalibrationSession('s-one', { closedAtMs: 8, report: '{"ok":true}' });
      expect(await metaStore.getCalibrationSession('s-one')).toEqual({
        ...session,
        revealedAtMs: 7,
        closedAtMs: 8,
        report: '{"ok":true}',
      });
    });

    it('links more assignments to a session and uses each invite at most once', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      await metaStore.createItem({
        projectId: 'street',
        id: 'clip-1',
        name: 'Clip',
        mediaId: null,
      });
      const blindFor = (id: string, userId: string) => ({
        id,
        projectId: 'street',
        itemId: 'clip-1',
        userId,
        mode: 'blind' as const,
        createdBy: 'u-grace',
        createdAtMs: id === 'first' ? 1 : 2,
        revealedAtMs: null,
      });
      await metaStore.createAssignment(blindFor('first', 'u-ada'));
      await metaStore.createAssignment(blindFor('later', 'u-Zed'));
      const session = {
        id: 's-one',
        projectId: 'street',
        name: 'Round 1',
        trainerId: 'u-grace',
        createdAtMs: 1,
        revealedAtMs: null,
        closedAtMs: null,
        report: null,
      };
      await metaStore.createCalibrationSession(session, ['first']);
      await metaStore.addSessionAssignments('s-one', ['later']);
      const linked = await metaStore.listSessionAssignments('s-one');
      expect(linked.map((row) => row.id)).toEqual(['first', 'later']);

      const invite = {
        tokenHash: 'f0'.repeat(32),
        sessionId: 's-one',
        createdBy: 'u-grace',
        createdAtMs: 10,
        expiresAtMs: 20,
        usedBy: null,
        usedAtMs: null,
      };
      await metaStore.createCalibrationInvite(invite);
      await metaStore.createCalibrationInvite({ ...invite, tokenHash: '0a'.repeat(32) });
      await metaStore.createCalibrationInvite({
        ...invite,
        tokenHash: 'bb'.repeat(32),
        createdAtMs: 5,
      });
      await expect(metaStore.createCalibrationInvite(invite)).rejects.toThrow();
      expect(await metaStore.getCalibrationInvite(invite.tokenHash)).toEqual(invite);
      expect(await metaStore.getCalibrationInvite('00'.repeat(32))).toBeUndefined();
      const listed = await metaStore.listCalibrationInvites('s-one');
      expect(listed.map((row) => row.tokenHash)).toEqual([
        'bb'.repeat(32),
        '0a'.repeat(32),
        'f0'.repeat(32),
      ]);
      expect(await metaStore.markCalibrationInviteUsed(invite.tokenHash, 'u-ada', 15)).toBe(true);
      expect(await metaStore.markCalibrationInviteUsed(invite.tokenHash, 'u-Zed', 16)).toBe(false);
      expect(await metaStore.markCalibrationInviteUsed('00'.repeat(32), 'u-Zed', 16)).toBe(false);
      expect(await metaStore.getCalibrationInvite(invite.tokenHash)).toEqual({
        ...invite,
        usedBy: 'u-ada',
        usedAtMs: 15,
      });
    });

    it('stores honeypots and lists them per project and per annotator in queue order', async () => {
      const { metaStore } = await context.open();
      await seedProject(metaStore);
      for (const id of ['gold-clip', 'it-b', 'it-a', 'it-c']) {
        await metaStore.createItem({ projectId: 'street', id, name: 'Clip', mediaId: null });
      }
      const honeypotFor = (
        itemId: string,
        userId: string,
        queuePosition: number,
        atMs: number,
      ) => ({
        itemId,
        projectId: 'street',
        sourceItemId: 'gold-clip',
        userId,
        assignmentId: `as-${itemId}`,
        queuePosition,
        createdBy: 'u-grace',
        createdAtMs: atMs,
      });
      const rows = [
        honeypotFor('it-b', 'u-ada', 4, 2),
        honeypotFor('it-a', 'u-ada', 1, 2),
        honeypotFor('it-c', 'u-Zed', 0, 1),
      ];
      for (const row of rows) {
        await metaStore.createAssignment({
          id: row.assignmentId,
          projectId: 'street',
          itemId: row.itemId,
          userId: row.userId,
          mode: 'blind',
          createdBy: 'u-grace',
          createdAtMs: row.createdAtMs,
          revealedAtMs: null,
        });
        await metaStore.createHoneypot(row);
      }
      expect(await metaStore.listHoneypots('street')).toEqual([rows[2], rows[1], rows[0]]);
      expect(await metaStore.listHoneypotsOfUser('u-ada')).toEqual([rows[1], rows[0]]);
      expect(await metaStore.listHoneypotsOfUser('u-grace')).toEqual([]);
      await expect(
        metaStore.createHoneypot({
          ...honeypotFor('it-a', 'u-ada', 0, 3),
          assignmentId: 'as-it-c',
        }),
      ).rejects.toThrow();
    });

    it('keeps nothing of a transaction whose work throws', async () => {
      const { metaStore } = await context.open();
      const failing = metaStore.transaction(async (store) => {
        await store.createProject({ id: 'street', name: 'Street' });
        await store.createUser(userNamed('ada'));
        throw new Error('the import found a bad row');
      });
      await expect(failing).rejects.toThrow('the import found a bad row');
      expect(await metaStore.getProject('street')).toBeUndefined();
      expect(await metaStore.listUsers()).toEqual([]);
    });

    it('keeps all of a transaction, nested ones included, once its work succeeds', async () => {
      const { metaStore } = await context.open();
      const result = await metaStore.transaction(async (store) => {
        await store.createProject({ id: 'street', name: 'Street' });
        await store.transaction(async (inner) => inner.createUser(userNamed('ada')));
        await store.setMembership('street', 'u-ada', 'annotator');
        return store.roleOf('street', 'u-ada');
      });
      expect(result).toBe('annotator');
      expect(await metaStore.roleOf('street', 'u-ada')).toBe('annotator');
    });
  });
}
