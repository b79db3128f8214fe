import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { useHistoryState } from '../../../../components/history/useHistory';
import { toChunks } from '../../../../lib/history/plan';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendVisit, clearHistory, deleteEntry } from '../../../../lib/history/store';
import { HISTORY_CHUNK_SIZE } from '../../../../lib/platform/storage/history';

function Probe() {
  const { entries, total, complete } = useHistoryState();
  return (
    <p data-testid="probe">
      {entries === undefined
        ? 'loading'
        : `${entries.length}/${total} ${complete ? 'complete' : 'partial'} ${entries.at(-1)?.id ?? ''}`}
    </p>
  );
}

const visit = { url: 'https://www.taobao.com/new', title: 'New', site: 'taobao.com', entities: [] };

describe('useHistoryState', () => {
  afterEach(cleanup);

  it('shows the newest chunk first, then everything, then follows the writer', async () => {
    const plan = toChunks(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `e${i}`,
        url: `https://www.taobao.com/${i}`,
        title: `T${i}`,
        site: 'taobao.com',
        entities: [],
        time: 1_000 + i,
      })),
      HISTORY_CHUNK_SIZE,
    );
    await fakeBrowser.storage.local.set({
      historyIndex: plan.index,
      ...Object.fromEntries([...plan.write].map(([id, chunk]) => [`historyChunk:${id}`, chunk])),
    });
    const seen: string[] = [];
    render(<Probe />);
    const probe = screen.getByTestId('probe');
    const observer = new MutationObserver(() => seen.push(probe.textContent ?? ''));
    observer.observe(probe, { childList: true, characterData: true, subtree: true });
    await waitFor(() => expect(probe.textContent).toBe('1000/1000 complete e999'));
    expect(seen[0]).toBe('250/1000 partial e999');

    await appendVisit(visit, Date.now(), 5000, () => 'n1');
    await waitFor(() => expect(probe.textContent).toBe('1001/1001 complete n1'));
    await deleteEntry('n1');
    await waitFor(() => expect(probe.textContent).toBe('1000/1000 complete e999'));
    await clearHistory();
    await waitFor(() => expect(probe.textContent).toBe('0/0 complete '));
    observer.disconnect();
  });

  it('reads a v1 list that the background has not migrated yet', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        { id: 'v1', url: 'https://www.jd.com/', title: '', site: 'jd.com', entities: [], time: 5 },
      ],
    });
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('1/1 complete v1'));
    // The migration's single write replaces it without a gap.
    await appendVisit(visit, Date.now(), 5000, () => 'n1');
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('2/2 complete n1'));
  });
});
