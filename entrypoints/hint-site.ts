/**
 * The in-page hint's UI on the sites in the story, e.g.
 * https://www.taobao.com/, https://item.taobao.com/item.htm?id=1, https://detail.tmall.com/,
 * https://item.jd.com/100012043978.html, https://www.sf-express.com/, https://www.cainiao.com/
 *
 * Not declared to run on every page: the background injects it into a covered page when a hint
 * is due (lib/hint/background.ts), so most visits run no Hutong script at all. Kept small all the
 * same: no knowledge base here. The background decides what to say, from the tab's own address.
 *
 * An unlisted script, not a WXT content script: WXT's content-script context dispatches events
 * into the page (lib/hint/life.ts says why that matters).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendFromPage as send } from '../lib/platform/pageApi';
import { startHint } from '../components/hint/runHint';

export default defineUnlistedScript(() => {
  startHint((visible) => send({ type: 'page:context', visible }));
});
