import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_SETTINGS_FILE_BYTES,
  exportAllText,
  exportSettingsText,
  importSettingsText,
  parseSettingsFile,
} from '../../../../lib/settings/backup';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
} from '../../../../lib/platform/storage/settings';
import { getSiteSwitches, setSiteEnabled } from '../../../../lib/platform/storage/sites';

async function snapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

const valid = {
  app: 'hutong',
  kind: 'settings',
  version: 1,
  settings: { ...DEFAULT_SETTINGS, hintFrequency: 'every-page', language: 'zh' },
  siteSwitches: { 'jd.com': false },
};

describe('parseSettingsFile', () => {
  it('accepts a valid file', () => {
    expect(parseSettingsFile(JSON.stringify(valid))).toEqual({
      ok: true,
      settings: valid.settings,
      siteSwitches: valid.siteSwitches,
    });
  });

  it.each([
    ['not JSON', '{"app":"hutong",', 'not-json'],
    ['empty', '', 'not-json'],
    ['another program', JSON.stringify({ ...valid, app: 'other' }), 'foreign'],
    ['an array', '[1,2]', 'foreign'],
    ['null', 'null', 'foreign'],
    ['a history export', JSON.stringify({ ...valid, kind: 'history' }), 'foreign'],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'newer-version'],
    ['no version', JSON.stringify({ ...valid, version: undefined }), 'invalid'],
    ['a wrong type', JSON.stringify({ ...valid, settings: { hintsEnabled: 'yes' } }), 'invalid'],
    ['an unknown setting', JSON.stringify({ ...valid, settings: { colour: 'red' } }), 'invalid'],
    ['a cap out of range', JSON.stringify({ ...valid, settings: { historyCap: 5 } }), 'invalid'],
    [
      'a bad site switch',
      JSON.stringify({ ...valid, siteSwitches: { 'jd.com': 'off' } }),
      'invalid',
    ],
    ['settings not an object', JSON.stringify({ ...valid, settings: [] }), 'invalid'],
    [
      'a __proto__ key',
      '{"app":"hutong","kind":"settings","version":1,"settings":{"__proto__":{"hintsEnabled":false}}}',
      'invalid',
    ],
    ['a constructor key', JSON.stringify({ ...valid, settings: { constructor: 1 } }), 'invalid'],
    ['a toString key', JSON.stringify({ ...valid, settings: { toString: 'x' } }), 'invalid'],
    ['too large', `{"x":"${'a'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`, 'too-large'],
  ])('refuses %s', (_, text, error) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, error });
  });
});

describe('import and export', () => {
  it('round-trips settings and site switches', async () => {
    await updateSettings({ hintFrequency: 'never', historyCap: 300 });
    await setSiteEnabled('taobao.com', false);
    const text = await exportSettingsText();
    await updateSettings({ ...DEFAULT_SETTINGS });
    await setSiteEnabled('taobao.com', true);
    expect(await importSettingsText(text, false)).toMatchObject({ ok: true });
    expect(await getSettings()).toMatchObject({ hintFrequency: 'never', historyCap: 300 });
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });

  it('a partial file merges: what it leaves out stays, and it says what changed', async () => {
    await updateSettings({ historyCap: 300, language: 'zh' });
    await setSiteEnabled('taobao.com', false);
    const text = JSON.stringify({
      app: 'hutong',
      kind: 'settings',
      version: 1,
      settings: { hintFrequency: 'never', language: 'zh' },
      siteSwitches: { 'jd.com': false },
    });
    expect(await importSettingsText(text, false)).toMatchObject({
      ok: true,
      changedSettings: ['hintFrequency'],
      changedSites: 1,
    });
    expect(await getSettings()).toMatchObject({
      hintFrequency: 'never',
      historyCap: 300,
      language: 'zh',
    });
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false, 'jd.com': false });
  });

  it('a file without site switches keeps them all', async () => {
    await setSiteEnabled('taobao.com', false);
    const text = JSON.stringify({ app: 'hutong', kind: 'settings', version: 1, settings: {} });
    expect(await importSettingsText(text, false)).toMatchObject({ changedSites: 0 });
    expect(await getSiteSwitches()).toEqual({ 'taobao.com': false });
  });

  it('"replace" resets what the file leaves out', async () => {
    await updateSettings({ historyCap: 300 });
    await setSiteEnabled('taobao.com', false);
    const text = JSON.stringify({
      app: 'hutong',
      kind: 'settings',
      version: 1,
      settings: { hintFrequency: 'never' },
    });
    await importSettingsText(text, false, 'replace');
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hintFrequency: 'never' });
    expect(await getSiteSwitches()).toEqual({});
  });

  it('keeps any-site detection off without its permission', async () => {
    const text = JSON.stringify({ ...valid, settings: { anySiteDetection: true } });
    await importSettingsText(text, false);
    expect((await getSettings()).anySiteDetection).toBe(false);
    await importSettingsText(text, true);
    expect((await getSettings()).anySiteDetection).toBe(true);
  });

  it('random input never throws and never changes storage unless valid', async () => {
    await updateSettings({ hintFrequency: 'never' });
    await setSiteEnabled('jd.com', false);
    const before = await snapshot();
    const envelope = fc.record(
      {
        app: fc.oneof(fc.constant('hutong'), fc.string()),
        kind: fc.oneof(fc.constant('settings'), fc.string()),
        version: fc.oneof(fc.constant(1), fc.integer(), fc.double()),
        settings: fc.oneof(fc.object(), fc.record({ hintsEnabled: fc.jsonValue() })),
        siteSwitches: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const text = fc.oneof(
      fc.json(),
      fc.string(),
      envelope.map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const parsed = parseSettingsFile(input);
        const result = await importSettingsText(input, false);
        expect(result.ok).toBe(parsed.ok);
        if (!result.ok) expect(await snapshot()).toBe(before);
        else {
          // A valid random file did change things: restore for the next run.
          await fakeBrowser.storage.local.clear();
          await fakeBrowser.storage.local.set(JSON.parse(before) as Record<string, unknown>);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exports everything as one JSON document', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        { id: 'a', url: 'https://x.com/', title: 't', site: 'x.com', entities: [], time: 1 },
      ],
    });
    const all = JSON.parse(await exportAllText(new Date(0))) as Record<string, unknown>;
    expect(all).toMatchObject({
      app: 'hutong',
      kind: 'all-data',
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(all.history).toHaveLength(1);
  });
});
