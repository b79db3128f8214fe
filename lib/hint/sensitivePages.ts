/**
 * Payment, checkout and sign-in pages of the covered sites, where Hutong never puts its hint on
 * the page: a line of context has no place next to a password or a payment, and a hint there
 * would be one more thing on screen that a phishing page could try to look like. The toolbar
 * icon and the popup still give context on these pages.
 *
 * Chosen from the addresses these flows use (README, "Threat model", lists them):
 * - hosts whose first label names the flow: login, passport, auth, cashier, pay and trade
 *   servers (login.taobao.com, passport.jd.com, cashier.alipay.com, pay.jd.com, trade.jd.com,
 *   buy.taobao.com; tenpay.com is not a covered site at all);
 * - any covered host's paths that name the flow (/login, /signin, /checkout, /cashier, /pay/…).
 */
const SENSITIVE_HOST_LABEL =
  /^(?:login|logon|signin|passport|plogin|auth|authcenter|account|accounts|cashier|excashier|mcashier|pcashier|mclient|pay|payc|paycenter|checkout|trade|buy|order|orders)$/;

const SENSITIVE_PATH_SEGMENT =
  /^(?:login|logon|signin|sign-in|sign_in|signup|register|passport|auth|oauth|cashier|checkout|pay|payment|payments|order-confirm|confirm_order|confirmorder|buy)(?:\.[a-z]+)?$/;

/**
 * True for a payment, checkout or sign-in page: no in-page hint there. `site` is the covered
 * domain the page belongs to ("alipay.com", "pay.weixin.qq.com"): only the labels in front of it
 * name a flow, so WeChat Pay's own site is not taken for a payment page.
 */
export function isSensitivePage(url: string, site?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const base =
    site !== undefined && host.endsWith(site) ? site : host.split('.').slice(-2).join('.');
  const labels = host.slice(0, Math.max(0, host.length - base.length)).split('.');
  if (labels.some((label) => SENSITIVE_HOST_LABEL.test(label))) return true;
  return parsed.pathname
    .toLowerCase()
    .split('/')
    .some((segment) => SENSITIVE_PATH_SEGMENT.test(segment));
}
