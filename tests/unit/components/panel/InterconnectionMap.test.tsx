import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { InterconnectionMap } from '../../../../components/panel/InterconnectionMap';
import { renderPanel } from '../../support/panelRender';

afterEach(cleanup);

describe('interconnection map', () => {
  it('is a table of platforms by category', () => {
    renderPanel(<InterconnectionMap />);
    const table = screen.getByRole('table');
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(columns).toEqual(['Platform', 'Payments', 'Logistics', 'Links', 'Ads']);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows).toEqual(['Taobao', 'Cainiao']);
  });

  it('shows each status with a word, an icon and its date, not colour alone', () => {
    const { container } = renderPanel(<InterconnectionMap />);
    const cell = container.querySelector('[data-capability="sf-on-cainiao"]') as HTMLElement;
    expect(cell.closest('td')?.getAttribute('data-category')).toBe('logistics');
    expect(cell.querySelector('.status')?.textContent).toBe('✕Blocked · since 1 Jun 2017');
    expect(cell.querySelector('.status-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(cell.querySelector('time')?.getAttribute('datetime')).toBe('2017-06-01');
    expect(cell.getAttribute('aria-label')).toBe(
      'SF data on Cainiao: Blocked since 1 Jun 2017. Show the event in the timeline',
    );
    const available = container.querySelector('[data-capability="wechat-pay-on-taobao"]');
    expect(available?.querySelector('.status')?.textContent).toBe('✓Available · since Sep 2024');
  });

  it('dates a partial opening by the newest report that still found it partial', () => {
    const { container } = renderPanel(<InterconnectionMap />);
    const cell = container.querySelector('[data-capability="cainiao-on-taobao"]') as HTMLElement;
    expect(cell.querySelector('.status')?.textContent).toBe('◐Partial · last reported 2025');
    expect(cell.querySelector('time')?.getAttribute('datetime')).toBe('2025');
    expect(cell.getAttribute('data-event')).toBe('rumour');
    expect(container.textContent).not.toMatch(/today/i);
  });

  it('leads each cell to its event', () => {
    const { harness } = renderPanel(<InterconnectionMap />);
    fireEvent.click(screen.getByRole('button', { name: /^WeChat Pay on Taobao/ }));
    expect(harness.showEvent).toEqual(['wechat-pay-taobao']);
  });

  it('speaks Chinese', () => {
    renderPanel(<InterconnectionMap />, { lang: 'zh' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('互联互通图');
    const available = document.querySelector('[data-capability="wechat-pay-on-taobao"] .status');
    expect(available?.textContent).toBe('✓已开放 · 自2024年9月起');
    const partial = document.querySelector('[data-capability="cainiao-on-taobao"] .status');
    expect(partial?.textContent).toBe('◐部分开放 · 最近报道于2025年');
  });
});
