import { describe, expect, it } from 'vitest';
import { isSensitivePage } from '../../../../lib/hint/sensitivePages';
import { cleanTitle } from '../../../../lib/kb/normalize';

describe('isSensitivePage: no hint on payment, checkout and sign-in pages', () => {
  it.each([
    ['https://cashier.alipay.com/standard/lightpay/lightPayCashier.htm', 'alipay.com'],
    ['https://excashier.alipay.com/standard/auth.htm', 'alipay.com'],
    ['https://auth.alipay.com/login/index.htm', 'alipay.com'],
    ['https://login.taobao.com/member/login.jhtml', 'taobao.com'],
    ['https://buy.taobao.com/auction/order/confirm_order.htm', 'taobao.com'],
    ['https://buy.tmall.com/order/confirm_order.htm', 'tmall.com'],
    ['https://passport.jd.com/new/login.aspx', 'jd.com'],
    ['https://trade.jd.com/shopping/order/getOrderInfo.action', 'jd.com'],
    ['https://pay.jd.com/cashier', 'jd.com'],
    ['https://www.jd.com/checkout/', 'jd.com'],
    ['https://www.sf-express.com/login', 'sf-express.com'],
    ['https://pay.weixin.qq.com/index.php/core/home/login', 'pay.weixin.qq.com'],
  ])('%s', (url, site) => {
    expect(isSensitivePage(url, site)).toBe(true);
  });

  it.each([
    ['https://www.taobao.com/', 'taobao.com'],
    ['https://item.taobao.com/item.htm?id=1', 'taobao.com'],
    ['https://item.jd.com/100012043978.html', 'jd.com'],
    ['https://www.alipay.com/', 'alipay.com'],
    // WeChat Pay's own site is the covered domain itself, not a payment flow under it.
    ['https://pay.weixin.qq.com/', 'pay.weixin.qq.com'],
    ['https://www.jdpay.com/', 'jdpay.com'],
    ['https://www.reuters.com/technology/alibaba-pay-deal-2024', 'reuters.com'],
    ['not a url', undefined],
  ])('%s is an ordinary page', (url, site) => {
    expect(isSensitivePage(url, site)).toBe(false);
  });
});

describe('cleanTitle: what history stores and shows', () => {
  it.each([
    ['keeps an ordinary title', '淘宝网 - 淘！我喜欢', '淘宝网 - 淘！我喜欢'],
    ['removes right-to-left overrides', '\u202egnp.exe\u202c', 'gnp.exe'],
    ['removes isolates and marks', '\u2067abc\u2069\u200f', 'abc'],
    ['removes zero-width characters', 'Ta\u200bo\u200dbao\ufeff', 'Taobao'],
    ['blank to the eye is empty', '\u200b\u200c\u2060\ufeff \u3164', ''],
    ['collapses white space and control characters', ' a \n\t b\u0007 ', 'a b'],
  ])('%s', (_, title, expected) => {
    expect(cleanTitle(title, 300)).toBe(expected);
  });

  it('cuts at whole code points', () => {
    expect(cleanTitle('😀'.repeat(10), 3)).toBe('😀😀😀');
  });
});
