import { Text } from 'pixi.js';

/** Caption size in screen pixels; nodes scale captions by 0.5 / screenScale to keep it. */
export const CAPTION_SCREEN_PX = 12;

/** The white, black-outlined caption text boxes and shapes carry, drawn at twice its size for sharpness. */
export function createCaption(): Text {
  return new Text({
    text: '',
    style: {
      fontFamily: 'system-ui, sans-serif',
      fontSize: CAPTION_SCREEN_PX * 2,
      fill: 0xffffff,
      stroke: { color: 0x000000, width: 4 },
    },
  });
}
