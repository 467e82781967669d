import { useCallback, useEffect, useState } from 'react';
import type { CreatedInvite, InviteSummary } from '../../shared/protocol/join.ts';
import type { ApiClient } from '../api/createApiClient.ts';
import { formatWallClock } from './formatWallClock.ts';
import { InviteLinkList } from './InviteLinkList.tsx';
import './InviteLinksPanel.css';

/**
 * The trainer's one-time join links for a session: a new link is shown (to copy) only right after
 * it is made, since the server keeps no secret; the list says which were used and by whom.
 */
export function InviteLinksPanel(props: { api: ApiClient; projectId: string; sessionId: string }) {
  const { api, projectId, sessionId } = props;
  const [made, setMade] = useState<CreatedInvite[]>([]);
  const [invites, setInvites] = useState<InviteSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const listed = await api.join.listInvites(projectId, sessionId);
    if (listed.ok) setInvites(listed.value.invites);
    setProblem(listed.ok ? null : listed.error);
  }, [api, projectId, sessionId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const create = async () => {
    const created = await api.join.createInvites(projectId, sessionId, { count: 1 });
    if (!created.ok) return setProblem(created.error);
    setMade((before) => [...created.value.invites, ...before]);
    await reload();
  };
  const urlOf = (invite: CreatedInvite) => `${window.location.origin}${invite.path}`;
  return (
    <section className="calibration-panel invite-links" data-testid="invite-links">
      <h2>Invite links</h2>
      <p className="muted">
        Each link lets one new trainee make an account and join this session blind.
      </p>
      <div>
        <button type="button" onClick={() => void create()} data-testid="invite-create">
          Create link
        </button>
      </div>
      {made.length > 0 && (
        <ul>
          {made.map((invite) => (
            <li key={invite.path}>
              <input
                readOnly
                aria-label="Join link"
                value={urlOf(invite)}
                onFocus={(event) => event.target.select()}
                data-testid="invite-link"
              />
              <button
                type="button"
                onClick={() => void navigator.clipboard?.writeText(urlOf(invite))}
              >
                Copy
              </button>{' '}
              <span className="muted">valid until {formatWallClock(invite.expiresAtMs)}</span>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <InviteLinkList invites={invites} />
    </section>
  );
}
