import type { PeaksApi } from '../api/createPeaksApi.ts';

/** Where the timeline gets the waveform of the item's media from. */
export interface WaveformSource {
  mediaId: string;
  peaks: PeaksApi;
}
