import type {
  CreateInvitesRequest,
  CreateInvitesResponse,
  InvitesResponse,
  JoinDescription,
  JoinRequest,
  JoinResponse,
} from '../../shared/protocol/join.ts';
import type { ApiResult } from './ApiResult.ts';
import { requestJson } from './requestJson.ts';

/** One-time join links: the trainer makes and lists them; anyone holding one reads it and joins. */
export interface JoinApi {
  createInvites(
    projectId: string,
    sessionId: string,
    request: CreateInvitesRequest,
  ): Promise<ApiResult<CreateInvitesResponse>>;
  listInvites(projectId: string, sessionId: string): Promise<ApiResult<InvitesResponse>>;
  /** What the link is for; needs no sign-in. */
  describe(secret: string): Promise<ApiResult<JoinDescription>>;
  /** Makes the account and joins the session; needs no sign-in. */
  join(secret: string, request: JoinRequest): Promise<ApiResult<JoinResponse>>;
}

export function createJoinApi(token: () => string | null): JoinApi {
  const invites = (projectId: string, sessionId: string) =>
    `/api/projects/${encodeURIComponent(projectId)}/calibration-sessions/${encodeURIComponent(sessionId)}/invites`;
  const link = (secret: string) => `/api/join/${encodeURIComponent(secret)}`;
  return {
    createInvites: (projectId, sessionId, request) =>
      requestJson(invites(projectId, sessionId), { method: 'POST', body: request, token: token() }),
    listInvites: (projectId, sessionId) =>
      requestJson(invites(projectId, sessionId), { token: token() }),
    describe: (secret) => requestJson(link(secret)),
    join: (secret, request) => requestJson(link(secret), { method: 'POST', body: request }),
  };
}
