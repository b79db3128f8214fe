/**
 * Session storage: marks written at the same moment are all kept, and damaged values read as
 * nothing stored. Uses the real items of lib/platform/storage/session.ts over fakeBrowser.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  claimHintsSweep,
  forgetSession,
  hintHiddenItem,
  markShown,
  parseHintHidden,
  parsePanelFocus,
  parseShownThisSession,
  parseWriteFailure,
  requestPanelFocus,
  setHintHidden,
  setWriteFailure,
  shownThisSessionItem,
} from '../../../../../lib/platform/storage/session';

describe('session marks written at the same moment', () => {
  it('keeps every "shown this session" mark', async () => {
    const sites = ['jd.com', 'taobao.com', 'tmall.com', 'meituan.com', 'pinduoduo.com'];
    await Promise.all(sites.map(markShown));
    expect(
      Object.keys(parseShownThisSession(await shownThisSessionItem.getValue())).sort(),
    ).toEqual([...sites].sort());
  });

  it('marks a site once, leaving the others alone', async () => {
    await fakeBrowser.storage.session.set({ shownThisSession: { 'jd.com': true } });
    await Promise.all([markShown('jd.com'), markShown('jd.com')]);
    expect(await shownThisSessionItem.getValue()).toEqual({ 'jd.com': true });
  });

  it('lets exactly one caller sweep for dead hints per session', async () => {
    const claims = await Promise.all([claimHintsSweep(), claimHintsSweep(), claimHintsSweep()]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimHintsSweep()).toBe(false);
  });

  it('keeps the order of "Hide on this site" and its Undo', async () => {
    const hidden = { tabId: 1, site: 'jd.com', at: 5 };
    await Promise.all([setHintHidden(hidden), setHintHidden(null)]);
    expect(await hintHiddenItem.getValue()).toBeNull();
    await Promise.all([setHintHidden(null), setHintHidden(hidden)]);
    expect(await hintHiddenItem.getValue()).toEqual(hidden);
  });

  it('a mark written while the session is being forgotten lands before or after, never half', async () => {
    await Promise.all([markShown('jd.com'), forgetSession(), markShown('taobao.com')]);
    expect(await shownThisSessionItem.getValue()).toEqual({ 'taobao.com': true });
  });
});

describe('forgetSession', () => {
  it('removes the marks, the panel request and the last write failure', async () => {
    await markShown('jd.com');
    await requestPanelFocus({ entity: 'jd' });
    await setWriteFailure({ error: 'quota', at: 1 });
    await setHintHidden({ tabId: 1, site: 'jd.com', at: 1 });
    await forgetSession();
    expect(await fakeBrowser.storage.session.get()).toEqual({
      hintHidden: { tabId: 1, site: 'jd.com', at: 1 },
    });
  });
});

describe('damaged session values', () => {
  it.each([null, 'x', 7, [true], { 'jd.com': 'yes' }])('%j has shown nothing', (bad) => {
    expect(parseShownThisSession(bad)).toEqual({});
  });

  it('keeps the good marks of a partly damaged value', () => {
    expect(parseShownThisSession({ 'jd.com': true, 'taobao.com': 1 })).toEqual({ 'jd.com': true });
  });

  it.each([null, 'quota', { error: 'quota' }, { error: 7, at: 1 }, [{ error: 'quota', at: 1 }]])(
    'a write failure stored as %j is none',
    (bad) => {
      expect(parseWriteFailure(bad)).toBeNull();
    },
  );

  it('trims a long write failure', () => {
    expect(parseWriteFailure({ error: 'e'.repeat(1000), at: 3, extra: 1 })).toEqual({
      error: 'e'.repeat(200),
      at: 3,
    });
  });

  it.each([null, { tabId: '1', site: 'jd.com', at: 1 }, { tabId: 1, site: 'jd.com' }])(
    'a hidden hint stored as %j is none',
    (bad) => {
      expect(parseHintHidden(bad)).toBeNull();
    },
  );

  it('drops a panel request field of the wrong type and keeps the others', () => {
    expect(parsePanelFocus({ entity: 5, query: 'alipay', at: 1 })).toEqual({
      entity: undefined,
      query: 'alipay',
      at: 1,
    });
    expect(parsePanelFocus({ entity: 'jd' })).toBeUndefined();
    expect(parsePanelFocus('jd')).toBeUndefined();
  });
});
