import type { ReactNode } from 'react';
import { useState } from 'react';

/** Rows drawn beyond the visible ones on each side, so fast scrolling shows no gaps. */
const OVERSCAN_ROWS = 6;

/**
 * A scrolling list of fixed-height rows that puts only the visible rows (and a few around them)
 * in the DOM, however many items there are.
 */
export function VirtualList<Item>(props: {
  items: readonly Item[];
  rowHeightPx: number;
  heightPx: number;
  keyOf: (item: Item) => string;
  renderRow: (item: Item) => ReactNode;
  testId?: string;
  label: string;
}) {
  const { items, rowHeightPx, heightPx } = props;
  const [scrollTopPx, setScrollTopPx] = useState(0);
  const first = Math.max(0, Math.floor(scrollTopPx / rowHeightPx) - OVERSCAN_ROWS);
  const last = Math.min(
    items.length,
    Math.ceil((scrollTopPx + heightPx) / rowHeightPx) + OVERSCAN_ROWS,
  );
  return (
    <div
      className="virtual-list"
      role="list"
      aria-label={props.label}
      data-testid={props.testId}
      data-rows={items.length}
      style={{ maxHeight: heightPx, overflowY: 'auto' }}
      onScroll={(event) => setScrollTopPx(event.currentTarget.scrollTop)}
    >
      <div style={{ height: items.length * rowHeightPx, position: 'relative' }}>
        {items.slice(first, last).map((item, offset) => (
          <div
            key={props.keyOf(item)}
            role="listitem"
            style={{
              position: 'absolute',
              top: (first + offset) * rowHeightPx,
              height: rowHeightPx,
              left: 0,
              right: 0,
            }}
          >
            {props.renderRow(item)}
          </div>
        ))}
      </div>
    </div>
  );
}
