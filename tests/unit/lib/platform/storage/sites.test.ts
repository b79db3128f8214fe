/** The per-site switches: only valid pairs are kept, and writers never undo each other. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSiteSwitches,
  parseSiteSwitches,
  setSiteEnabled,
  siteSwitchesItem,
} from '../../../../../lib/platform/storage/sites';

describe('damaged site switches', () => {
  it('filters site switches with bad domains or values', async () => {
    await fakeBrowser.storage.local.set({
      siteSwitches: {
        'jd.com': false,
        'Bad Domain': false,
        'taobao.com': 'no',
        ['x'.repeat(5000)]: false,
      },
    });
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false });
  });

  it.each([null, 'jd.com', 7, [false], ['jd.com']])('%j reads as no switches', (bad) => {
    expect(parseSiteSwitches(bad)).toEqual({});
  });
});

describe('site switches changed at the same moment', () => {
  it('two quick site switches both land, and a failed write does not block the next', async () => {
    await Promise.all([setSiteEnabled('jd.com', false), setSiteEnabled('taobao.com', false)]);
    expect(await getSiteSwitches()).toEqual({ 'jd.com': false, 'taobao.com': false });
    const failing = vi
      .spyOn(siteSwitchesItem, 'setValue')
      .mockRejectedValueOnce(new Error('quota'));
    await expect(setSiteEnabled('tmall.com', false)).rejects.toThrow('quota');
    failing.mockRestore();
    await setSiteEnabled('jd.com', true);
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });
});
