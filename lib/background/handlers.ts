/** One handler per message type, grouped by concern in the files beside this one. */
import type { HandlerMap } from './router';
import { hintHandlers } from './hints';
import { historyHandlers } from './history';
import { panelHandlers } from './panel';
import { detectorHandlers } from './detector';

export const handlers: HandlerMap = {
  ...hintHandlers,
  ...historyHandlers,
  ...panelHandlers,
  ...detectorHandlers,
};
