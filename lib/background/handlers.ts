/** One handler per message type, grouped by concern in the files beside this one. */
import type { HandlerMap } from './router';
import { hintHandlers, markShownThisSession } from './hints';
import { historyHandlers } from './history';
import { panelHandlers } from './panel';
import { detectorHandlers } from './detector';

export const handlers: HandlerMap = {
  ...hintHandlers,
  ...historyHandlers,
  // A displayed hint counts for "once per session" and goes into history.
  'hint:shown': async (message, sender) => {
    await markShownThisSession(message.site, sender);
    return historyHandlers['hint:shown'](message, sender);
  },
  ...panelHandlers,
  ...detectorHandlers,
};
