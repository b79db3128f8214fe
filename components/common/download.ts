/**
 * Saves text as a file through a Blob URL and an <a download>: no `downloads` permission, and the
 * URL is revoked once the browser has taken the file.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking synchronously can cancel the download in Firefox; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "hutong-history-2026-11-22.csv" */
export function datedName(base: string, ext: string, now = new Date()): string {
  return `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
}
