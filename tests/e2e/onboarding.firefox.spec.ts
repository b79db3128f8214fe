/**
 * In Firefox MV3 declared host access is the user's to withhold: older versions asked at install,
 * and today it can be revoked in about:addons at any time. Without it no hint can show, so Hutong
 * notices (on install the background opens the onboarding page; the popup checks too) and the
 * onboarding page explains and offers to grant it (permissions.request needs the user's click).
 * Firefox-only: Chrome MV3 grants declared host access at install.
 */
import { test, expect } from './support/fixtures';
import { launchWithExtension } from './support/launch';

test('the Firefox MV3 build notices withheld site access and asks for it', async () => {
  const hutong = await launchWithExtension('firefox', 'firefox-mv3');
  try {
    // With access (Firefox grants it at install today) there is nothing to ask.
    const before = await hutong.openExtensionPage('/onboarding.html');
    await before.waitFor('[role="status"]');
    expect(await before.count('[data-action="grant-hosts"]')).toBe(0);
    await before.close();

    // The user withdraws Hutong's access to the covered sites.
    const granted = await hutong.inExtension(async () => {
      const api = extensionApi();
      const origins = (api.runtime.getManifest() as { host_permissions?: string[] })
        .host_permissions;
      await api.permissions.remove({ origins });
      return api.permissions.contains({ origins });
    });
    expect(granted).toBe(false);

    const page = await hutong.openExtensionPage('/onboarding.html#permissions');
    await page.waitFor('[data-action="grant-hosts"]');

    expect(page.errors).toEqual([]);
  } finally {
    await hutong.close();
  }
});
