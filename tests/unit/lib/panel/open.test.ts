import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { openPanelAnywhere } from '../../../../lib/panel/open';

type WithPanels = { sidePanel?: unknown; sidebarAction?: unknown };
const api = browser as unknown as WithPanels;

afterEach(() => {
  delete api.sidePanel;
  delete api.sidebarAction;
  vi.restoreAllMocks();
});

describe('openPanelAnywhere (the popup’s Open side panel)', () => {
  it('opens the browser’s side panel where there is one', async () => {
    const open = vi.fn(() => Promise.resolve());
    api.sidePanel = { open };
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPanelAnywhere({ windowId: 2 }, { entity: 'taobao' });
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the panel’s page in a tab on the site’s entry where there is none (Firefox for Android)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPanelAnywhere({ windowId: 2 }, { entity: 'taobao' });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/sidepanel\.html#entity=taobao$/),
    });
  });
});
