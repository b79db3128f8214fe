/** The one hook for stored items: read, parsed, and kept live. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { useStorageItem } from '../../../../components/common/useStorageItem';
import { useSettings } from '../../../../components/common/useSettings';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsItem,
  updateSettings,
} from '../../../../lib/platform/storage/settings';
import { parseWriteFailure, historyWriteErrorItem } from '../../../../lib/platform/storage/session';

afterEach(cleanup);

function Settings() {
  const settings = useStorageItem(settingsItem, parseSettings);
  return <p data-testid="value">{settings === undefined ? 'loading' : JSON.stringify(settings)}</p>;
}

const shown = () => screen.getByTestId('value').textContent;

describe('useStorageItem', () => {
  it('is undefined until read, then the parsed stored value', async () => {
    await updateSettings({ hintsEnabled: false });
    render(<Settings />);
    expect(shown()).toBe('loading');
    await waitFor(() =>
      expect(shown()).toBe(JSON.stringify({ ...DEFAULT_SETTINGS, hintsEnabled: false })),
    );
  });

  it('follows a change made elsewhere', async () => {
    render(<Settings />);
    await waitFor(() => expect(shown()).toBe(JSON.stringify(DEFAULT_SETTINGS)));
    await act(async () => {
      await updateSettings({ language: 'zh-Hant' });
    });
    await waitFor(() =>
      expect(shown()).toBe(JSON.stringify({ ...DEFAULT_SETTINGS, language: 'zh-Hant' })),
    );
  });

  it('parses a bad stored value to the fallback, when read and when it changes', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hintsEnabled: 'no', language: 42, historyCap: 300 },
      settings$: { v: 2 },
    });
    render(<Settings />);
    await waitFor(() =>
      expect(shown()).toBe(JSON.stringify({ ...DEFAULT_SETTINGS, historyCap: 300 })),
    );
    await act(() => fakeBrowser.storage.local.set({ settings: '{"hintsEnabled":tr' }));
    await waitFor(() => expect(shown()).toBe(JSON.stringify(DEFAULT_SETTINGS)));
  });

  it('gives the fallback of a session item that is removed', async () => {
    await historyWriteErrorItem.setValue({ error: 'quota', at: 1 });
    function Failure() {
      const failure = useStorageItem(historyWriteErrorItem, parseWriteFailure);
      return (
        <p data-testid="value">{failure === undefined ? 'loading' : (failure?.error ?? 'none')}</p>
      );
    }
    render(<Failure />);
    await waitFor(() => expect(shown()).toBe('quota'));
    await act(() => historyWriteErrorItem.removeValue());
    await waitFor(() => expect(shown()).toBe('none'));
  });

  it('stops watching once unmounted', async () => {
    const unwatch = vi.fn();
    const watch = vi.spyOn(settingsItem, 'watch').mockReturnValue(unwatch);
    const { unmount } = render(<Settings />);
    await waitFor(() => expect(shown()).toBe(JSON.stringify(DEFAULT_SETTINGS)));
    expect(watch).toHaveBeenCalledTimes(1);
    unmount();
    await waitFor(() => expect(unwatch).toHaveBeenCalledTimes(1));
  });
});

describe('useSettings', () => {
  it('is the defaults until read, then the stored settings', async () => {
    await updateSettings({ historyEnabled: false });
    function Probe() {
      return <p data-testid="value">{String(useSettings().historyEnabled)}</p>;
    }
    render(<Probe />);
    expect(shown()).toBe('true');
    await waitFor(() => expect(shown()).toBe('false'));
  });
});
