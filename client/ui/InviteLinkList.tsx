import type { InviteSummary } from '../../shared/protocol/join.ts';
import { formatWallClock } from './formatWallClock.ts';

function describeInvite(invite: InviteSummary): string {
  if (invite.usedBy) {
    const at = invite.usedAtMs === null ? '' : ` at ${formatWallClock(invite.usedAtMs)}`;
    return `Used by ${invite.usedBy.displayName} (${invite.usedBy.username})${at}`;
  }
  if (invite.expired) return `Expired ${formatWallClock(invite.expiresAtMs)}, unused`;
  return `Unused, valid until ${formatWallClock(invite.expiresAtMs)}`;
}

/** The session's links as the server lists them: who used each, or whether it expired. */
export function InviteLinkList(props: { invites: readonly InviteSummary[] }) {
  if (props.invites.length === 0) return <p className="muted">No links yet.</p>;
  return (
    <ul data-testid="invite-list">
      {props.invites.map((invite) => (
        <li
          key={invite.id}
          data-testid="invite-entry"
          data-state={invite.usedBy ? 'used' : invite.expired ? 'expired' : 'open'}
        >
          Made {formatWallClock(invite.createdAtMs)}: {describeInvite(invite)}
        </li>
      ))}
    </ul>
  );
}
