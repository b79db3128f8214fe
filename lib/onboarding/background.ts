/**
 * Firefox MV3 (and Chrome's "on click" site access) can withhold the host access Hutong declares.
 * Without it no hint can show, so on install or update we check, and if any covered site is
 * missing we open the onboarding page, which explains why and asks (permissions.request needs the
 * user's click, so it cannot be asked from here).
 */
import { browser } from 'wxt/browser';

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

export function setupOnboarding(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    if ((await missingHostPermissions()).length === 0) return;
    await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html#permissions') });
  });
}
