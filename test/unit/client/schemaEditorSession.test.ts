import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  READ_ONLY_SCHEMA,
  createSchemaCommands,
} from '../../../client/schemaEditor/SchemaCommands.ts';
import { editorKeyClash } from '../../../client/ui/editorKeyClash.ts';
import { parseRoute, schemaPath } from '../../../client/ui/Route.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLabelSchema, writeLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';

function schemaDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeLabelSchema(
    doc,
    { labels: [{ id: 'car', name: 'car', colour: '#3cb44b', hotkey: '2' }] },
    SERVER_ORIGIN,
  );
  return doc;
}

describe('the schema page', () => {
  it('lives at /p/:projectId/schema', () => {
    expect(schemaPath('demo')).toBe('/p/demo/schema');
    expect(parseRoute(schemaPath('demo'))).toEqual({ page: 'schema', projectId: 'demo' });
    expect(parseRoute('/p/Demo/schema').page).toBe('notFound');
  });

  it('edits the schema with the local origin while the connection may write', () => {
    const doc = schemaDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const commands = createSchemaCommands(doc, () => true);
    expect(commands.renameLabel('car', 'Vehicle')).toMatchObject({ ok: true });
    expect(commands.addLabel({ name: 'Dog' })).toMatchObject({ value: { id: 'dog' } });
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN]);
    expect(readLabelSchema(doc).labels.map((label) => label.name)).toEqual(['Dog', 'Vehicle']);
  });

  it('refuses every edit up front while the connection is read-only', () => {
    const doc = schemaDoc();
    const commands = createSchemaCommands(doc, () => false);
    const refused = { ok: false, error: READ_ONLY_SCHEMA };
    expect(commands.renameLabel('car', 'Vehicle')).toEqual(refused);
    expect(commands.setLabelHotkey('car', null)).toEqual(refused);
    expect(commands.addTier({ name: 'Events', kind: 'segments' })).toEqual(refused);
    expect(readLabelSchema(doc).labels).toEqual([
      { id: 'car', name: 'car', colour: '#3cb44b', hotkey: '2' },
    ]);
  });

  it('warns of a label hotkey the editor also uses by default', () => {
    expect(editorKeyClash('b')).toBe(
      'B is also the editor\'s key for "Brush", which wins unless a person rebinds it',
    );
    expect(editorKeyClash('2')).toBeNull();
    expect(editorKeyClash(null)).toBeNull();
  });
});
