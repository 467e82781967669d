import * as Y from 'yjs';
import type { GuidelineChange } from '../../shared/calibration/CalibrationReportData.ts';
import { describeSchemaChanges } from '../../shared/calibration/describeSchemaChanges.ts';
import { projectDocumentName } from '../../shared/doc/documentName.ts';
import { readGuidelineVersions } from '../../shared/doc/guidelineVersions.ts';
import { readLabelSchema } from '../../shared/doc/projectSchemaDoc.ts';
import { readLayerDocument } from '../exchange/readLayerDocument.ts';
import { readLogUntil } from '../history/readLogUntil.ts';
import { replayLayerAt } from '../history/replayLayerAt.ts';
import type { ReportDependencies } from './buildSessionReport.ts';

/** Each edit of the project's label schema received in the window, replayed from the log. */
async function schemaChanges(
  dependencies: ReportDependencies,
  documentName: string,
  window: { fromMs: number; toMs: number },
  nameOf: (userId: string | null) => Promise<string>,
): Promise<GuidelineChange[]> {
  const { documentStore } = dependencies;
  if (!(await documentStore.hasDocument(documentName))) return [];
  const replayed = await replayLayerAt(documentStore, documentName, window.fromMs);
  const changes: GuidelineChange[] = [];
  try {
    let before = readLabelSchema(replayed.doc);
    const entries = await readLogUntil(
      documentStore,
      documentName,
      replayed.throughSeq,
      window.toMs,
    );
    for (const entry of entries) {
      try {
        Y.applyUpdate(replayed.doc, entry.update);
      } catch {
        // Loading skips an unreadable entry the same way; it changed nothing anyone saw.
        continue;
      }
      const after = readLabelSchema(replayed.doc);
      const by = await nameOf(entry.userId);
      for (const description of describeSchemaChanges(before, after)) {
        changes.push({ atMs: entry.receivedAtMs, by, document: 'schema', description });
      }
      before = after;
    }
  } finally {
    replayed.doc.destroy();
  }
  return changes;
}

/**
 * What the trainers changed while a session ran: each label schema edit (replayed entry by entry
 * from the schema's log, so each change has its author and time) and each named version of the
 * guidelines saved; oldest first.
 */
export async function readGuidelineChanges(
  dependencies: ReportDependencies,
  projectId: string,
  window: { fromMs: number; toMs: number },
): Promise<GuidelineChange[]> {
  const names = new Map<string, string>();
  const nameOf = async (userId: string | null) => {
    if (userId === null) return 'the server';
    const known = names.get(userId);
    if (known !== undefined) return known;
    const name = (await dependencies.metaStore.getUser(userId))?.name ?? userId;
    names.set(userId, name);
    return name;
  };
  const schema = await schemaChanges(
    dependencies,
    projectDocumentName(projectId, 'schema'),
    window,
    nameOf,
  );
  const guidelinesName = projectDocumentName(projectId, 'guidelines');
  const versions = (await dependencies.documentStore.hasDocument(guidelinesName))
    ? (await readLayerDocument(dependencies.collab, guidelinesName, readGuidelineVersions)).versions
    : [];
  const saved = versions
    .filter((version) => version.savedAtMs >= window.fromMs && version.savedAtMs <= window.toMs)
    .map((version): GuidelineChange => ({
      atMs: version.savedAtMs,
      by: version.savedByName || version.savedBy,
      document: 'guidelines',
      description: `saved version “${version.name}”`,
    }));
  return [...schema, ...saved].sort((a, b) => a.atMs - b.atMs);
}
