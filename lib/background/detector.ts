/** The opt-in "on any site" article detector (issue 4). */
import type { Handler } from './router';

export const detectorHandlers: { 'detector:sync': Handler<'detector:sync'> } = {
  'detector:sync': async () => ({ registered: false }),
};

/** Registers this concern's browser listeners (re-registers the opt-in detector when its permission or setting changes). Called synchronously at start-up. */
export function setupDetector(): void {}
