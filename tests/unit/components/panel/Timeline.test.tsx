import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { Timeline } from '../../../../components/panel/Timeline';
import { timelineView } from '../../../../components/panel/timelineModel';
import { NO_FILTERS } from '../../../../components/panel/PanelContext';
import { createKb } from '../../../../lib/kb/catalog';
import { capabilities, entities, events, meta, sources } from '../../../../data';
import { fixtureKb, renderPanel } from '../../support/panelRender';

afterEach(cleanup);

/** @testing-library/preact's fireEvent.change sends `input`; a select's onChange needs `change`. */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function renderTimeline(lang: 'en' | 'zh' = 'en') {
  const result = renderPanel(<Timeline />, { lang });
  await waitFor(() =>
    expect(result.container.querySelector('.timeline[data-complete="true"]')).not.toBeNull(),
  );
  return result;
}

describe('side panel timeline', () => {
  it('groups events by era under h3 headings, oldest first', async () => {
    await renderTimeline();
    const eras = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(eras).toEqual(['The 2017 dispute', 'Interconnection, 2021–2024', '2025 reports']);
    const titles = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(titles[0]).toBe('Cainiao and SF Express cut data links');
  });

  it('shows each date at its precision in a <time datetime>', async () => {
    const { container } = await renderTimeline();
    const times = [...container.querySelectorAll('.event-meta time')].map((t) => [
      t.getAttribute('datetime'),
      t.textContent,
    ]);
    expect(times).toEqual([
      ['2017-06-01T00:00', '1 June 2017, 00:00'],
      ['2024-09', 'September 2024'],
      ['2025', '2025'],
    ]);
  });

  it('labels confidence below high and unconfirmed reports', async () => {
    const { container } = await renderTimeline();
    const card = (id: string) => container.querySelector(`[data-event="${id}"]`) as HTMLElement;
    expect(card('dispute').querySelector('[data-label]')).toBeNull();
    expect(card('wechat-pay-taobao').textContent).toContain('Medium confidence');
    expect(card('rumour').textContent).toContain('Low confidence');
    expect(card('rumour').textContent).toContain('Report, unconfirmed');
  });

  it('cites sources, linking only those with a URL, in a new tab without opener', async () => {
    const { container } = await renderTimeline();
    const linked = container.querySelector('[data-event="wechat-pay-taobao"] [data-source] a');
    expect(linked?.getAttribute('href')).toBe('https://www.reuters.com/x');
    expect(linked?.getAttribute('target')).toBe('_blank');
    expect(linked?.getAttribute('rel')).toBe('noopener noreferrer');
    const plain = container.querySelector('[data-event="dispute"] [data-source]');
    expect(plain?.querySelector('a')).toBeNull();
    expect(plain?.textContent).toBe(
      '南方都市报, 顺丰菜鸟之争 (headline not confirmed; this describes the piece), 2 June 2017 (no link to the publisher’s page)',
    );
    // The description is not dressed as a cited headline; the confirmed headline is.
    expect(plain?.querySelector('cite')).toBeNull();
    expect(plain?.getAttribute('data-title-kind')).toBe('description');
    const headline = container.querySelector('[data-event="wechat-pay-taobao"] [data-source]');
    expect(headline?.querySelector('cite')?.textContent).toBe('Alibaba lets WeChat Pay in');
    expect(headline?.querySelector('[data-flag]')).toBeNull();
  });

  it('marks an unconfirmed headline and a missing link in Chinese too', async () => {
    const { container } = await renderTimeline('zh');
    const plain = container.querySelector('[data-event="dispute"] [data-source]');
    expect(plain?.textContent).toBe(
      '南方都市报, 顺丰菜鸟之争 (原标题未能核实，此为内容说明), 2017年6月2日 (无发布方原文链接)',
    );
  });

  it('shows contested claims side by side, each under its party’s name', async () => {
    const { container } = await renderTimeline('zh');
    const claims = [...container.querySelectorAll('[data-event="dispute"] .claim')];
    expect(claims.map((c) => c.getAttribute('data-party'))).toEqual(['cainiao', 'sf-express']);
    expect(claims[0]?.querySelector('.claim-party')?.textContent).toBe('菜鸟的说法');
    expect(claims[1]?.textContent).toContain('菜鸟索要数据。');
  });

  it('filters by era and by entity (chips and the select)', async () => {
    const { container } = await renderTimeline();
    const ids = () =>
      [...container.querySelectorAll('li:not([hidden]) > .event')].map((e) =>
        e.getAttribute('data-event'),
      );
    choose(screen.getByLabelText('Period'), 'reports-2025');
    await waitFor(() => expect(ids()).toEqual(['rumour']));
    choose(screen.getByLabelText('Period'), '');
    await waitFor(() => expect(ids()).toHaveLength(3));
    const chip = within(container.querySelector('[data-event="dispute"]') as HTMLElement).getByRole(
      'button',
      { name: 'SF Express' },
    );
    fireEvent.click(chip);
    await waitFor(() => expect(ids()).toEqual(['dispute']));
    expect(
      container.querySelector('[data-entity="sf-express"]')?.getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(ids()).toHaveLength(3));
  });

  it('moves between events with the arrow keys, Home and End (one tab stop)', async () => {
    const { container } = await renderTimeline();
    const cards = [...container.querySelectorAll<HTMLElement>('.event')];
    expect(cards.map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    cards[0]?.focus();
    fireEvent.keyDown(cards[0] as HTMLElement, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(cards[1]));
    fireEvent.keyDown(cards[1] as HTMLElement, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(cards[2]));
    fireEvent.keyDown(cards[2] as HTMLElement, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(cards[0]));
    await waitFor(() =>
      expect([...container.querySelectorAll<HTMLElement>('.event')].map((c) => c.tabIndex)).toEqual(
        [0, -1, -1],
      ),
    );
  });

  it('timelineView keeps timeline order within eras and counts what it shows', () => {
    const view = timelineView(fixtureKb, NO_FILTERS);
    expect(view.count).toBe(3);
    expect(view.groups.map((g) => g.era)).toEqual([
      'dispute-2017',
      'interconnection',
      'reports-2025',
    ]);
  });

  it('lists search results best match first, each card once, and restores the eras after', async () => {
    const { container } = await renderTimeline();
    const search = screen.getByLabelText('Search the knowledge base');
    fireEvent.input(search, { target: { value: 'taobao' } });
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('.ranked li > .event')].map((e) =>
          e.getAttribute('data-event'),
        ),
      ).toEqual(['wechat-pay-taobao']),
    );
    expect(container.querySelectorAll('.era:not(.ranked):not([hidden])')).toHaveLength(0);
    expect(container.querySelectorAll('#event-wechat-pay-taobao')).toHaveLength(1);
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(container.querySelector('.ranked')).toBeNull());
    expect(container.querySelectorAll('#event-wechat-pay-taobao')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('timelineView ranks "wechat pay" and "微信支付" best match first on the real knowledge base', () => {
    const kb = createKb({ entities, events, sources, capabilities, meta });
    for (const query of ['wechat pay', '微信支付']) {
      const view = timelineView(kb, { ...NO_FILTERS, query });
      const ranked = view.ranked?.map((e) => e.id) ?? [];
      expect(ranked).toHaveLength(view.count);
      expect(ranked.slice(0, 5)).toContain('wechat-pay-officially-on-taobao');
      // Not date order: the 2024 event comes before the 2019–2023 ones it used to follow.
      const dates = view.ranked?.map((e) => e.date.start) ?? [];
      expect(dates).not.toEqual([...dates].sort());
      const first = view.ranked?.[0];
      expect(`${first?.title.en} ${first?.title.zh}`).toMatch(/WeChat Pay|微信支付/);
    }
  });
});
