import type { CalibrationReportData, SessionPerson } from '../CalibrationReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatUtc } from './formatUtc.ts';

/** The page's header: the session's name, then its project, trainer, trainees, items and times. */
export function reportHeader({ session, trainees }: CalibrationReportData): string {
  const facts: [string, string][] = [
    ['Project', session.projectId],
    ['Trainer', personName(session.trainer)],
    ['Trainees', trainees.length === 0 ? 'none yet' : trainees.map(personName).join(', ')],
    [
      `Items (${session.itemIds.length})`,
      session.itemIds.length === 0 ? 'none' : session.itemIds.join(', '),
    ],
    ['Started', formatUtc(session.startedAtMs)],
    ['Revealed', session.revealedAtMs === null ? 'not revealed' : formatUtc(session.revealedAtMs)],
    ['Closed', formatUtc(session.closedAtMs)],
    ['Session', session.id],
  ];
  const list = facts
    .map(
      ([term, detail]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(detail)}</dd></div>`,
    )
    .join('');
  return (
    `<header><p class="kicker">Calibration session report</p>` +
    `<h1>${escapeHtml(session.name)}</h1><dl class="facts">${list}</dl></header>`
  );
}

function personName({ displayName, username }: SessionPerson): string {
  return displayName === username ? displayName : `${displayName} (${username})`;
}
