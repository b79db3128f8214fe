/**
 * Only for tests/unit/harness.test.ts, which lies outside the end-to-end tree and moves with the
 * unit tests: new code imports ./harness (paths and ids), ./launch, ./chromium or ./firefox.
 * Delete this file once that test imports ./harness.
 */
export { browserPath, extensionDir } from './harness';
