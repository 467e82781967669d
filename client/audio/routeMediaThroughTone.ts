import { connect, Gain, getContext } from 'tone';

/** The media element's sound inside tone's graph: element → gain → speakers. */
export interface MediaRoute {
  gain: Gain;
  dispose(): void;
}

// The browser allows one source node per element, ever; a second transport on the element reuses it.
const sources = new WeakMap<HTMLMediaElement, MediaElementAudioSourceNode>();

/** Routes a media element's audio through tone's context; once routed, the element is heard only through it. */
export function routeMediaThroughTone(media: HTMLMediaElement): MediaRoute {
  let source = sources.get(media);
  if (!source) {
    source = getContext().createMediaElementSource(media);
    sources.set(media, source);
  }
  const gain = new Gain(1).toDestination();
  connect(source, gain);
  const routed = source;
  return {
    gain,
    dispose() {
      routed.disconnect();
      gain.dispose();
    },
  };
}
