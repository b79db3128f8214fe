import { describe, expect, it, vi, beforeEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entities } from '../../../../data';
import { HistoryView, ROW_HEIGHT } from '../../../../components/history/HistoryView';
import { SiteCard } from '../../../../components/popup/SiteCard';
import { getSiteSwitches } from '../../../../lib/platform/storage/sites';
import type { HistoryEntry } from '../../../../lib/platform/storage/history';

beforeEach(() => {
  cleanup();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
});

const jd = entities.find((e) => e.domains.includes('jd.com'));

describe('SiteCard', () => {
  it('shows what Hutong knows about a covered site and switches its hints off', async () => {
    render(
      <SiteCard
        lang="en"
        tab={{ id: 1, url: 'https://item.jd.com/1.html', windowId: 3 }}
        windowId={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(jd?.name.en);
    const toggle = await screen.findByRole('switch', { name: 'Hints on jd.com' });
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect(await getSiteSwitches()).toEqual({ 'jd.com': false }));
  });

  it('speaks Chinese when asked', () => {
    render(<SiteCard lang="zh" tab={{ url: 'https://item.jd.com/1.html' }} windowId={1} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(jd?.name.zh);
    const chip = document.querySelector('[data-capability="alipay-on-jd"]');
    expect(chip?.textContent).toBe('京东支持支付宝：部分开放 · 最近报道于2025年1月');
    expect(document.querySelector('[data-meta="freshness"]')?.textContent).toBe(
      '最新的已证实事实：2025年10月15日。最近核实：2026年11月30日。',
    );
  });

  it('dates each status chip as a report, never "today", and shows how fresh the data is', () => {
    render(<SiteCard lang="en" tab={{ url: 'https://www.taobao.com/' }} windowId={1} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Status, as last reported');
    const chip = (id: string) => document.querySelector(`[data-capability="${id}"]`)?.textContent;
    expect(chip('wechat-pay-on-taobao')).toBe(
      'WeChat Pay on Taobao: available · since 27 Sep 2024',
    );
    expect(chip('taobao-links-in-wechat')).toMatch(/: partial · last reported Oct 2024$/);
    expect(document.querySelector('.status')?.textContent).not.toMatch(/today/i);
    expect(document.querySelector('[data-meta="freshness"]')?.textContent).toBe(
      'Newest confirmed fact: 15 October 2025. Last checked 30 November 2026.',
    );
  });

  it('shows how fresh the data is on a site with no entry too', () => {
    render(<SiteCard lang="en" tab={{ url: 'https://www.example.org/' }} windowId={1} />);
    expect(document.querySelector('[data-meta="freshness"]')?.textContent).toContain(
      'Newest confirmed fact: 15 October 2025.',
    );
  });

  it.each(['https://www.example.org/', 'chrome://extensions/', undefined])(
    'says there is no entry for %s',
    (url) => {
      render(<SiteCard lang="en" tab={{ url }} windowId={1} />);
      expect(screen.getByText('No entry for this site')).toBeTruthy();
    },
  );

  it('opens the side panel synchronously in the click, with the window id', () => {
    const open = vi.fn().mockResolvedValue(undefined);
    const api = fakeBrowser as unknown as { sidePanel: { open: typeof open } };
    vi.spyOn(api.sidePanel, 'open').mockImplementation(open);
    render(<SiteCard lang="en" tab={{ url: 'https://item.jd.com/1.html' }} windowId={7} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    // No await between the click and this line: the call happened inside the gesture.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('offers to grant withheld site access, requesting it in the click', async () => {
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    render(<SiteCard lang="en" tab={{ url: 'https://item.jd.com/1.html' }} windowId={1} />);
    const grant = await screen.findByRole('button', { name: 'Allow on jd.com' });
    fireEvent.click(grant);
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.jd.com/*'] });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Allow on jd.com' })).toBeNull(),
    );
  });
});

describe('HistoryView', () => {
  const now = Date.now();
  const many: HistoryEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `e${i}`,
    url: `https://www.taobao.com/item/${i}`,
    title: i === 9_999 ? '<img src=x onerror=alert(1)>' : `Item ${i}`,
    site: 'taobao.com',
    entities: ['taobao'],
    time: now - (10_000 - i) * 60_000,
  }));

  it('renders only the visible rows of 10,000, newest first, titles as text', () => {
    const { container } = render(
      <HistoryView lang="en" history={many} listHeight={ROW_HEIGHT * 5} />,
    );
    const rows = container.querySelectorAll('.entry');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    expect(container.querySelector('.entry-title')?.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('10000 of 10000 entries')).toBeTruthy();
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(time?.getAttribute('title')).toBeTruthy();
  });

  it('filters by text', () => {
    const { container } = render(<HistoryView lang="en" history={many} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Item 42' } });
    // Item 42 and Item 420..429, 4200..4299: 111 matches.
    expect(screen.getByText('111 of 10000 entries')).toBeTruthy();
    expect(container.querySelector('.entry-title')?.textContent).toBe('Item 4299');
  });

  it('asks before clearing, in the page', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true } as never);
    render(<HistoryView lang="en" history={many.slice(0, 3)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all…' }));
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'history:clear' }));
  });

  it('deletes one entry through the background', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true } as never);
    render(<HistoryView lang="en" history={many.slice(0, 3)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Item 2 from history' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'history:delete', id: 'e2' }));
  });
});
