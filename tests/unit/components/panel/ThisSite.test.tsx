import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/preact';
import { ThisSite } from '../../../../components/panel/ThisSite';
import { renderPanel } from '../../support/panelRender';

afterEach(cleanup);

describe('This site', () => {
  it('describes the entity of a covered site in both languages', () => {
    const { container } = renderPanel(
      <ThisSite loaded url="https://item.taobao.com/item.htm?id=1" />,
    );
    expect(container.querySelector('[data-entity]')?.getAttribute('data-entity')).toBe('taobao');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Taobao');
    expect(container.querySelector('[lang="zh-CN"]')?.textContent).toBe('淘宝');
    expect(container.textContent).toContain('Platform');
    expect(container.querySelector('[data-parent]')?.textContent).toBe('Alibaba Group');
    expect(container.textContent).toContain('Where WeChat Pay arrived.');
    const cap = container.querySelector('[data-capability="wechat-pay-on-taobao"]');
    expect(cap?.textContent).toBe('WeChat Pay on Taobao ✓Available · since Sep 2024');
  });

  it('shows the other language’s name in the Chinese UI', () => {
    const { container } = renderPanel(<ThisSite loaded url="https://www.taobao.com/" />, {
      lang: 'zh',
    });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('淘宝');
    expect(container.querySelector('[lang="en"]')?.textContent).toBe('Taobao');
  });

  it.each([undefined, 'https://example.org/', 'chrome://newtab/', 'https://nottaobao.com/'])(
    'says plainly when there is no entry (%s)',
    (url) => {
      const { container } = renderPanel(<ThisSite loaded url={url} />);
      expect(container.querySelector('[data-entity]')?.getAttribute('data-entity')).toBe('');
      expect(container.textContent).toContain('No entry for this site');
    },
  );

  it('shows nothing until the tab is known, rather than a wrong "No entry"', () => {
    const { container } = renderPanel(<ThisSite loaded={false} />);
    expect(container.querySelector('[data-entity]')).toBeNull();
    expect(container.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
  });
});
