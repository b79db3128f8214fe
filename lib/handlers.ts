/** One handler per message type, grouped by concern in the files beside this one. */
import type { HandlerMap } from './platform/router';
import { hintHandlers, knownEntityIds, markShownThisSession, senderPage } from './hint/background';
import { historyHandlers, recordShown } from './history/background';
import { panelHandlers } from './panel/background';
import { detectorHandlers } from './news/detector';

export const handlers: HandlerMap = {
  ...hintHandlers,
  ...historyHandlers,
  // A displayed hint counts for "once per session" and goes into history.
  // Address, title and site come from the sender's tab; the entities must be the knowledge base's.
  'hint:shown': async ({ entityIds }, sender) => {
    const page = senderPage(sender);
    if (page === undefined) return { error: 'no page' };
    await markShownThisSession(page.site, sender);
    return recordShown({ ...page, entities: knownEntityIds(entityIds) }, sender);
  },
  ...panelHandlers,
  ...detectorHandlers,
};
