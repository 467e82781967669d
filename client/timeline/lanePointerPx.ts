/** Horizontal pointer position inside a lane element, in px from its left edge. */
export function lanePointerPx(event: { clientX: number; currentTarget: Element }): number {
  return event.clientX - event.currentTarget.getBoundingClientRect().left;
}
