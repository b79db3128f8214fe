import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { panelHandlers } from '../../../../lib/panel/background';
import { panelFocusItem } from '../../../../lib/platform/storage/session';

type WithPanels = { sidePanel?: unknown; sidebarAction?: unknown };
const api = browser as unknown as WithPanels;

afterEach(() => {
  delete api.sidePanel;
  delete api.sidebarAction;
});

const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } };

describe('panel:open', () => {
  it('opens Chrome’s side panel in the sender’s tab, synchronously, and leaves the focus', async () => {
    const open = vi.fn(() => Promise.resolve());
    api.sidePanel = { open };
    const reply = panelHandlers['panel:open'](
      { type: 'panel:open', entityId: 'taobao', eventId: 'e-1' },
      sender,
    );
    // Called before the handler awaited anything: still inside the user's gesture.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await reply).toEqual({ opened: 'panel' });
    expect(await panelFocusItem.getValue()).toMatchObject({ entity: 'taobao', event: 'e-1' });
  });

  it('opens the panel page in a new tab when the browser refuses (Firefox outside a gesture)', async () => {
    api.sidebarAction = { open: () => Promise.reject(new Error('user input handler only')) };
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const reply = await panelHandlers['panel:open'](
      { type: 'panel:open', entityId: 'taobao', eventId: 'e-1' },
      sender,
    );
    expect(reply).toEqual({ opened: 'tab' });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: expect.stringMatching(/\/sidepanel\.html#event=e-1&entity=taobao$/),
        windowId: 3,
      }),
    );
  });

  it('falls back to a tab in a browser without any panel API', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const reply = await panelHandlers['panel:open']({ type: 'panel:open' }, sender);
    expect(reply).toEqual({ opened: 'tab' });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/sidepanel\.html$/) }),
    );
  });
});
