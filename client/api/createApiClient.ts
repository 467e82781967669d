import type {
  ItemDetail,
  ItemSummary,
  LoginResponse,
  ProjectSummary,
  UserSummary,
} from '../../shared/protocol/http.ts';
import type { ApiResult } from './ApiResult.ts';
import type { CalibrationApi } from './createCalibrationApi.ts';
import { createCalibrationApi } from './createCalibrationApi.ts';
import type { HistoryApi } from './createHistoryApi.ts';
import { createHistoryApi } from './createHistoryApi.ts';
import type { JoinApi } from './createJoinApi.ts';
import { createJoinApi } from './createJoinApi.ts';
import type { PeaksApi } from './createPeaksApi.ts';
import { createPeaksApi } from './createPeaksApi.ts';
import { requestJson } from './requestJson.ts';

/** The HTTP API as the client uses it; every call resolves to a result, never rejects. */
export interface ApiClient {
  login(username: string, password: string): Promise<ApiResult<LoginResponse>>;
  logout(): Promise<ApiResult<unknown>>;
  me(): Promise<ApiResult<UserSummary>>;
  projects(): Promise<ApiResult<ProjectSummary[]>>;
  items(projectId: string): Promise<ApiResult<ItemSummary[]>>;
  item(projectId: string, itemId: string): Promise<ApiResult<ItemDetail>>;
  /** A layer's history: timeline, state at a time, changes, restore. */
  history: HistoryApi;
  /** Waveform peaks of media, computed by the server. */
  peaks: PeaksApi;
  /** Calibration sessions and their reports. */
  calibration: CalibrationApi;
  /** One-time join links of calibration sessions. */
  join: JoinApi;
}

/** An API client that signs requests with the current token. */
export function createApiClient(token: () => string | null): ApiClient {
  const path = (...parts: string[]) => `/api/${parts.map(encodeURIComponent).join('/')}`;
  return {
    login: (username, password) =>
      requestJson(path('login'), { method: 'POST', body: { username, password } }),
    logout: () => requestJson(path('logout'), { method: 'POST', token: token() }),
    me: () => requestJson(path('me'), { token: token() }),
    projects: () => requestJson(path('projects'), { token: token() }),
    items: (projectId) => requestJson(path('projects', projectId, 'items'), { token: token() }),
    item: (projectId, itemId) =>
      requestJson(path('projects', projectId, 'items', itemId), { token: token() }),
    history: createHistoryApi(token),
    peaks: createPeaksApi(token),
    calibration: createCalibrationApi(token),
    join: createJoinApi(token),
  };
}
