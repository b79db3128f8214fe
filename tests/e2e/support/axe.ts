/**
 * Accessibility checks with axe-core on Hutong's extension pages, the same in both browsers.
 *
 * Chromium uses @axe-core/playwright on the Playwright page. Firefox has no Playwright page here
 * (puppeteer-core over BiDi), so axe-core's own source is evaluated in the page as a script and
 * `axe.run` called directly. Evaluating through the driver is not subject to the extension
 * pages' content security policy, which forbids eval in page code.
 *
 *   const page = await hutong.openExtensionPage('/sidepanel.html', 'main h1');
 *   expect(await seriousA11yViolations(page)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, Result } from 'axe-core';
import type { Page as PwPage } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestPage } from './harness';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** WCAG 2.x A and AA plus axe's best practices (landmarks, heading order, …). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface A11yOptions {
  /** Rules to leave out, each with a reason in the caller's comment. */
  disableRules?: string[];
}

/** Every axe violation on the page, whatever its impact. */
export async function axeViolations(page: TestPage, options: A11yOptions = {}): Promise<Result[]> {
  if (page.browser === 'chromium') {
    let builder = new AxeBuilder({ page: page.raw as PwPage, axeSource: source() }).withTags(TAGS);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    return (await builder.analyze()).violations;
  }
  const raw = page.raw as PpPage;
  const loaded = await raw.evaluate('typeof window.axe === "object"');
  if (!loaded) await raw.evaluate(source());
  const results = (await raw.evaluate(
    (tags: string[], disabled: string[]) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      return axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      });
    },
    TAGS,
    options.disableRules ?? [],
  )) as AxeResults;
  return results.violations;
}

/** A compact, readable summary of the serious and critical violations (empty when none). */
export async function seriousA11yViolations(
  page: TestPage,
  options: A11yOptions = {},
): Promise<string[]> {
  const violations = await axeViolations(page, options);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact}: ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
