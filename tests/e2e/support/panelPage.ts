/**
 * Page object for the side panel opened as a tab (browsers refuse to open the real panel from test
 * code; tests/e2e/sidepanel-open.spec.ts covers that path with a real click).
 */
import type { Page as PwPage } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import type { ExtensionHarness, TestPage } from './harness';

/** The whole timeline is rendered (the first paint shows only its start). */
export const PANEL_READY = 'main #timeline .timeline[data-complete="true"] .event';

/** Timeline cards the filters let through (filtered-out cards stay in the DOM, hidden). */
export const VISIBLE_EVENT = '#timeline .events > li:not([hidden]) > .event';

export async function openPanel(hutong: ExtensionHarness, hash = ''): Promise<TestPage> {
  return hutong.openExtensionPage(`/sidepanel.html${hash}`, PANEL_READY);
}

/** Chooses an <option> the way a user does, in either browser. */
export async function selectOption(page: TestPage, selector: string, value: string): Promise<void> {
  if (page.browser === 'chromium') {
    const raw = page.raw as PwPage;
    await raw.selectOption(selector, value);
  } else {
    const raw = page.raw as PpPage;
    await raw.select(selector, value);
  }
}

/** The entity id "This site" shows ('' for "No entry"), once it has answered. */
export async function thisSiteEntity(page: TestPage): Promise<string> {
  await page.waitFor('#this-site [data-entity]', { state: 'attached' });
  return (await page.attribute('#this-site [data-entity]', 'data-entity')) ?? '';
}
