import type { ApiResult } from '../api/ApiResult.ts';
import { requestJson } from '../api/requestJson.ts';
import { CLIENT_CONFIG_PATH, clientConfigSchema } from '../../shared/protocol/clientConfig.ts';

/** The origins of every server process, as this page's server lists them. */
export async function loadServerOrigins(): Promise<ApiResult<string[]>> {
  const response = await requestJson<unknown>(CLIENT_CONFIG_PATH);
  if (!response.ok) return response;
  const parsed = clientConfigSchema.safeParse(response.value);
  if (!parsed.success) {
    return {
      ok: false,
      status: 200,
      error: `the server's ${CLIENT_CONFIG_PATH} does not list servers as expected; reload the page after the server is updated`,
    };
  }
  return { ok: true, value: parsed.data.serverUrls };
}
