/**
 * Firefox MV3 (and Chrome's "on click" site access) can withhold the host access Hutong declares.
 * Without it no hint can show, so on install or update we check, and if any covered site is
 * missing we open the onboarding page, which explains why and asks (permissions.request needs the
 * user's click, so it cannot be asked from here).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export async function missingHostPermissions(): Promise<string[]> {
  // MV2 lists host access among `permissions`; MV3 under `host_permissions`.
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    permissions?: string[];
  };
  const declared = (manifest.host_permissions ?? manifest.permissions ?? []).filter((p) =>
    p.includes('://'),
  );
  const granted = await Promise.all(
    declared.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return declared.filter((_, i) => !granted[i]);
}

/**
 * Chrome does not inject content scripts into tabs that were already open when Hutong was
 * installed, updated or reloaded; Firefox does. So in Chrome we inject them ourselves, allowed by
 * the host permissions alone. An old copy still alive in a tab shuts itself down when the new one
 * starts (WXT's content-script context), so there are never two hints.
 */
async function injectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    if (!script.js?.length || !script.matches?.length) continue;
    // Paths from our own built manifest, so they are public script paths by construction.
    const files = script.js as ScriptPublicPath[];
    const tabs = await browser.tabs.query({ url: script.matches });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.discarded
          ? undefined
          : browser.scripting
              .executeScript({ target: { tabId: tab.id }, files })
              // A tab may close or navigate meanwhile; that tab simply gets its script on load.
              .catch(() => undefined),
      ),
    );
  }
}

export function setupOnboarding(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    if (!import.meta.env.FIREFOX) await injectIntoOpenTabs();
    if ((await missingHostPermissions()).length === 0) return;
    await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html#permissions') });
  });
}
