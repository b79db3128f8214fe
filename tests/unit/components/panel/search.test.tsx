import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Highlight, markRanges } from '../../../../components/panel/Highlight';
import { entities, events } from '../../../../data';
import { highlightRanges } from '../../../../lib/kb/searchText';
import { Timeline } from '../../../../components/panel/Timeline';
import { renderPanel } from '../../support/panelRender';

afterEach(cleanup);

describe('search highlighting', () => {
  it('marks exactly what lib/kb/search’s highlightRanges marks, on every text of the knowledge base', () => {
    const texts = [
      ...events.flatMap((e) => [
        e.title.en,
        e.title.zh,
        e.summary.en,
        e.summary.zh,
        ...(e.claims ?? []).flatMap((c) => [c.text.en, c.text.zh]),
      ]),
      ...entities.flatMap((e) => [e.name.en, e.name.zh]),
    ];
    const queries = [
      'w',
      'WeChat Pay',
      '微信支付',
      'sf 顺丰',
      'ＡＬＩＰＡＹ',
      '2017',
      'cainiao data',
      'ß',
    ];
    for (const query of queries) {
      for (const text of texts)
        expect(markRanges(text, query)).toEqual(highlightRanges(text, query));
    }
  });

  it('wraps matches in <mark>, case- and width-insensitively', () => {
    const { container } = render(
      <Highlight text="WeChat Pay on Taobao" query="ｗｅｃｈａｔ taobao" />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'WeChat',
      'Taobao',
    ]);
    expect(container.textContent).toBe('WeChat Pay on Taobao');
  });

  it('marks Chinese matches', () => {
    const { container } = render(<Highlight text="淘宝全面支持微信支付。" query="微信支付" />);
    expect(container.querySelector('mark')?.textContent).toBe('微信支付');
  });

  it('renders markup in the data or the query as text, never as HTML', () => {
    const { container } = render(<Highlight text="a <b>bold</b> <img src=x> claim" query="<b>" />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<b>');
    expect(container.textContent).toBe('a <b>bold</b> <img src=x> claim');
  });

  it('leaves text alone for an empty query or no match', () => {
    expect(render(<Highlight text="Taobao" query="  " />).container.innerHTML).toBe('Taobao');
    expect(
      render(<Highlight text="Taobao" query="jd" />).container.querySelector('mark'),
    ).toBeNull();
  });
});

describe('timeline search', () => {
  const visible = (container: Element) =>
    [...container.querySelectorAll('li:not([hidden]) > .event')].map((e) =>
      e.getAttribute('data-event'),
    );

  it('finds events in English and highlights them', async () => {
    const { container } = renderPanel(<Timeline />);
    fireEvent.input(screen.getByLabelText('Search the knowledge base'), {
      target: { value: 'wechat pay' },
    });
    await waitFor(() => expect(visible(container)).toEqual(['wechat-pay-taobao']));
    const marks = container.querySelectorAll('[data-event="wechat-pay-taobao"] h4 mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['WeChat', 'Pay']);
    expect(screen.getByRole('status').textContent).toBe('1 event');
    // The entity itself is offered as a filter.
    expect(container.querySelector('.entity-hits [data-entity="wechat-pay"]')).not.toBeNull();
  });

  it('finds events in Chinese from the English UI and shows the Chinese match', async () => {
    const { container } = renderPanel(<Timeline />);
    fireEvent.input(screen.getByLabelText('Search the knowledge base'), {
      target: { value: '微信支付' },
    });
    await waitFor(() => expect(visible(container)).toEqual(['wechat-pay-taobao']));
    const other = container.querySelector('[data-event="wechat-pay-taobao"] .other-match');
    expect(other?.textContent).toContain('Match in Chinese:');
    expect(other?.querySelector('[lang="zh-CN"] mark')?.textContent).toBe('微信支付');
  });

  it('says so when nothing matches', async () => {
    const { container } = renderPanel(<Timeline />);
    fireEvent.input(screen.getByLabelText('Search the knowledge base'), {
      target: { value: 'zzzz' },
    });
    await waitFor(() => expect(visible(container)).toEqual([]));
    expect(screen.getByRole('status').textContent).toBe('No event matches.');
  });
});
