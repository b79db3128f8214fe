/**
 * The in-page hint on the sites in the story, e.g.
 * https://www.taobao.com/, https://item.taobao.com/item.htm?id=1, https://detail.tmall.com/,
 * https://item.jd.com/100012043978.html, https://www.sf-express.com/, https://www.cainiao.com/
 *
 * Kept tiny: no knowledge base here. The background decides what to say; this only renders it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import matches from '../../lib/generated/matches.json';
import { send, isErrorReply } from '../../utils/messages';

export default defineContentScript({
  matches: matches.site,
  runAt: 'document_idle',
  async main() {
    const reply = await send({ type: 'page:context', url: location.href });
    if (isErrorReply(reply) || !reply.show || !reply.content) return;
    document.documentElement.dataset.hutong = 'ready';
  },
});
