import type { ObjectChangeKind } from '../../shared/protocol/history.ts';

/** What one log entry did to one object, before it is attributed to an author and time. */
export interface EntryChange {
  objectId: string;
  kind: ObjectChangeKind;
  fields: string[];
}

/** Collects what one update did, object by object; a creation or deletion outranks field changes. */
export class ChangeTally {
  private readonly byObject = new Map<string, { kind: ObjectChangeKind; fields: Set<string> }>();

  created(objectId: string): void {
    this.byObject.set(objectId, { kind: 'created', fields: new Set() });
  }

  deleted(objectId: string): void {
    this.byObject.set(objectId, { kind: 'deleted', fields: new Set() });
  }

  changed(objectId: string, field: string): void {
    const known = this.byObject.get(objectId);
    if (!known) this.byObject.set(objectId, { kind: 'changed', fields: new Set([field]) });
    else if (known.kind === 'changed') known.fields.add(field);
  }

  /** The changes in a stable order: by object id, fields sorted. */
  list(): EntryChange[] {
    return [...this.byObject.entries()]
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
      .map(([objectId, { kind, fields }]) => ({ objectId, kind, fields: [...fields].sort() }));
  }
}
