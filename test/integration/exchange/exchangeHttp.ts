import type { ExchangeErrorBody } from '../../../server/exchange/ExchangeFailure.ts';
import type { ImportSummary } from '../../../server/exchange/ImportSummary.ts';

/** GET …/export as the token's user: the status, the file's text and the response headers. */
export async function exportOverHttp(
  url: string,
  token: string,
  projectId: string,
  itemId: string,
) {
  const response = await fetch(`${url}/api/projects/${projectId}/items/${itemId}/export`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** POST …/import as the token's user. */
export async function importOverHttp(
  url: string,
  token: string,
  target: { projectId: string; itemId: string; replace?: boolean },
  fileText: string,
): Promise<{ status: number; summary?: ImportSummary; refusal?: ExchangeErrorBody }> {
  const query = target.replace ? '?replace=true' : '';
  const response = await fetch(
    `${url}/api/projects/${target.projectId}/items/${target.itemId}/import${query}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: fileText,
    },
  );
  const body = (await response.json()) as ImportSummary | ExchangeErrorBody;
  return response.ok
    ? { status: response.status, summary: body as ImportSummary }
    : { status: response.status, refusal: body as ExchangeErrorBody };
}

/** A native file's JSON without what changes from one export to the next: when, and which item. */
export function comparable(fileText: string): unknown {
  const file = JSON.parse(fileText) as { exportedAt?: string; item?: { id?: string } };
  delete file.exportedAt;
  if (file.item) delete file.item.id;
  return file;
}
