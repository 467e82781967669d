import type { CalibrationReportData } from '../CalibrationReportData.ts';
import { formatUtc } from './formatUtc.ts';
import { htmlTable } from './htmlTable.ts';
import { noDataNote } from './noDataNote.ts';
import { reportSection } from './reportSection.ts';

const MS_PER_MINUTE = 60_000;

/** Section (e): the changes to the guidelines and the label schema, numbered as the over-time chart marks them. */
export function guidelineChangesSection(data: CalibrationReportData): string {
  const title = 'Guideline changes';
  const explanation =
    'What the trainer changed in the guidelines or the label schema while the session ran.';
  if (data.guidelineChanges.length === 0) {
    return reportSection(
      title,
      explanation,
      noDataNote('no changes to the guidelines or the label schema.'),
    );
  }
  const people = new Map(
    [data.session.trainer, ...data.trainees].map((person) => [person.username, person.displayName]),
  );
  const table = htmlTable(
    [
      { heading: '#', numeric: true },
      { heading: 'Time (UTC)' },
      { heading: 'Minute', numeric: true },
      { heading: 'By' },
      { heading: 'Document' },
      { heading: 'Change' },
    ],
    data.guidelineChanges.map((change, index) => {
      const minutes = (change.atMs - data.session.startedAtMs) / MS_PER_MINUTE;
      return [
        String(index + 1),
        formatUtc(change.atMs),
        Number.isFinite(minutes) ? minutes.toFixed(1) : '—',
        people.get(change.by) ?? change.by,
        change.document === 'schema' ? 'label schema' : 'guidelines',
        change.description,
      ];
    }),
  );
  return reportSection(title, explanation, table);
}
