/**
 * Reads the history limit as typed in the options page. An empty or invalid field is an error to
 * show, never a value: it once became 0, then the minimum, and silently trimmed the history.
 */
export type CapInput = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

export function parseHistoryCap(text: string, min: number, max: number): CapInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, reason: 'invalid' };
  const value = Number(trimmed);
  return value >= min && value <= max ? { ok: true, value } : { ok: false, reason: 'invalid' };
}
