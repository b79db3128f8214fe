/**
 * The background's handler table: one part per feature, each in that feature's folder. The
 * router (lib/platform/router.ts) is given this table by the background's entry point.
 */
import type { HandlerMap } from './platform/protocol';
import { hintHandlers } from './hint/handlers';
import { historyHandlers } from './history/background';
import { panelHandlers } from './panel/background';
import { detectorHandlers } from './news/detector';

export const handlers: HandlerMap = {
  ...hintHandlers,
  ...historyHandlers,
  ...panelHandlers,
  ...detectorHandlers,
};
