/** Transaction origin of edits made by this client's user; the per-user undo manager tracks only this. */
export const LOCAL_ORIGIN = { name: 'concord.local' } as const;

/** Transaction origin of writes the server makes itself (seeding, migration, restore). */
export const SERVER_ORIGIN = { name: 'concord.server' } as const;

/** Transaction origin for remote updates applied by tests and tools outside a provider. */
export const REMOTE_ORIGIN = { name: 'concord.remote' } as const;
