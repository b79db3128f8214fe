/** The hint's messages: what a page's hint shows, hiding a site and its undo, a shown hint. */
import { entities, events } from '../../data';
import type { Handler } from '../platform/protocol';
import { hintHiddenItem, parseHintHidden, setHintHidden } from '../platform/storage/session';
import { setSiteEnabled } from '../platform/storage/sites';
import { recordShown, writeError } from '../history/background';
import {
  answer,
  articleHintContent,
  knownEntityIds,
  language,
  markShownThisSession,
  senderPage,
  siteHintContent,
  siteIndex,
} from './decide';

/** How long after "Hide on this site" its Undo is accepted (the hint offers it for 6 s or more). */
export const UNDO_WINDOW_MS = 60_000;

export const hintHandlers: {
  'page:context': Handler<'page:context'>;
  'page:article': Handler<'page:article'>;
  'hint:hide-site': Handler<'hint:hide-site'>;
  'hint:undo-hide-site': Handler<'hint:undo-hide-site'>;
  'hint:shown': Handler<'hint:shown'>;
} = {
  'page:context': async ({ visible }, sender) => {
    const { settings, lang } = await language();
    const page = senderPage(sender);
    const match = page === undefined ? undefined : siteIndex.lookup(page.url);
    const content =
      match === undefined ? undefined : siteHintContent(match.entity, match.domain, lang);
    return answer(content, visible === true, sender, settings, lang, page?.url ?? '');
  },
  'page:article': async ({ entityIds: ids, visible }, sender) => {
    const { settings, lang } = await language();
    const page = senderPage(sender);
    const content =
      page === undefined
        ? undefined
        : articleHintContent(
            knownEntityIds(ids),
            page.site,
            lang,
            { entities, events },
            page.title,
          );
    return answer(content, visible === true, sender, settings, lang, page?.url ?? '');
  },
  'hint:hide-site': async (_message, sender) => {
    const page = senderPage(sender);
    if (page === undefined) return { error: 'no page' };
    try {
      await setSiteEnabled(page.site, false);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await setHintHidden({ tabId, site: page.site, at: Date.now() });
    } catch (error) {
      // Storage full: the hint stays and tells the user it could not be saved.
      return writeError(error);
    }
    return { ok: true };
  },
  // A content script may switch back on only what its own tab's hint just switched off: any other
  // site, tab or a late undo is refused (Settings turns a site back on at any time).
  'hint:undo-hide-site': async (_message, sender) => {
    const now = Date.now();
    const page = senderPage(sender);
    const hidden = parseHintHidden(await hintHiddenItem.getValue());
    if (
      page === undefined ||
      hidden === null ||
      hidden.tabId !== sender.tab?.id ||
      hidden.site !== page.site ||
      !(now - hidden.at >= 0 && now - hidden.at <= UNDO_WINDOW_MS)
    ) {
      return { error: 'nothing to undo' };
    }
    try {
      await setSiteEnabled(page.site, true);
      await setHintHidden(null);
    } catch (error) {
      return writeError(error);
    }
    return { ok: true };
  },
  // A displayed hint counts for "once per session" and goes into history.
  // Address, title and site come from the sender's tab; the entities must be the knowledge base's.
  'hint:shown': async ({ entityIds }, sender) => {
    const page = senderPage(sender);
    if (page === undefined) return { error: 'no page' };
    await markShownThisSession(page.site, sender);
    return recordShown({ ...page, entities: knownEntityIds(entityIds) }, sender);
  },
};
