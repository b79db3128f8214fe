/**
 * Downloads in extension pages are Blob URLs handed to an <a download>. These keep each Blob the
 * page creates, so a test can read back exactly what the user would have saved.
 */
import type { TestPage } from './harness';

export async function captureDownloads(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const saved: Blob[] = [];
    (window as unknown as { saved: Blob[] }).saved = saved;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return original(blob);
    };
  });
}

/** The text of the most recent download. */
export function lastDownload(page: TestPage): Promise<string> {
  return page.evaluate(() => (window as unknown as { saved: Blob[] }).saved.at(-1)?.text() ?? '');
}
