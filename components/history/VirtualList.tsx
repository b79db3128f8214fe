/**
 * A windowed list with a fixed row height: only the rows in view (plus a few either side) are in
 * the DOM, so 10,000 history entries render as fast as 10. The scroll box is focusable so the
 * keyboard can scroll it; aria-setsize/posinset tell assistive technology the real length.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scroll box in px. */
  height: number;
  label: string;
  itemKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Extra rows rendered above and below the visible ones. */
  overscan?: number;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, height, overscan = 4 } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const visible: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    if (item === undefined) continue;
    visible.push(
      <li
        key={props.itemKey(item, i)}
        class="vrow"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {props.renderItem(item, i)}
      </li>,
    );
  }
  return (
    <div
      class="vlist"
      tabIndex={0}
      role="region"
      aria-label={props.label}
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul class="vlist-inner" style={{ height: `${items.length * rowHeight}px` }}>
        {visible}
      </ul>
    </div>
  );
}
