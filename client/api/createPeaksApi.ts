import type { PeaksDescription } from '../../shared/protocol/peaks.ts';
import { PEAK_BYTES_PER_BUCKET, peaksDescriptionSchema } from '../../shared/protocol/peaks.ts';
import type { ApiResult } from './ApiResult.ts';
import { requestBytes } from './requestBytes.ts';
import { requestJson } from './requestJson.ts';

/** Waveform peaks of a media file, computed by the server. */
export interface PeaksApi {
  /** The levels of the media's waveform, finest first. */
  describe(mediaId: string): Promise<ApiResult<PeaksDescription>>;
  /** `count` buckets of one level from bucket `from`: min, max, min, max, … */
  buckets(
    mediaId: string,
    level: number,
    from: number,
    count: number,
  ): Promise<ApiResult<Int8Array>>;
}

function peaksPath(mediaId: string, query = ''): string {
  return `/media/${encodeURIComponent(mediaId)}/peaks${query}`;
}

/** The peaks API, signing requests with the current token and checking what comes back. */
export function createPeaksApi(token: () => string | null): PeaksApi {
  return {
    async describe(mediaId) {
      const answer = await requestJson<unknown>(peaksPath(mediaId), { token: token() });
      if (!answer.ok) return answer;
      const parsed = peaksDescriptionSchema.safeParse(answer.value);
      if (parsed.success) return { ok: true, value: parsed.data };
      return {
        ok: false,
        status: 200,
        error: 'the server described the waveform in a shape this page does not understand',
      };
    },
    async buckets(mediaId, level, from, count) {
      const query = `/buckets?level=${level}&from=${from}&count=${count}`;
      const answer = await requestBytes(peaksPath(mediaId, query), { token: token() });
      if (!answer.ok) return answer;
      if (answer.value.byteLength !== count * PEAK_BYTES_PER_BUCKET) {
        const error = `the server sent ${answer.value.byteLength} bytes for ${count} waveform buckets`;
        return { ok: false, status: 200, error };
      }
      return { ok: true, value: new Int8Array(answer.value) };
    },
  };
}
