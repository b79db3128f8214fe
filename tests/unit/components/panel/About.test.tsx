/** About: when the data was last checked, and the newest confirmed fact in it. */
import { describe, expect, it } from 'vitest';
import { About } from '../../../../components/panel/About';
import { renderPanel } from '../../support/panelRender';

describe('About', () => {
  it('shows the day last checked and the newest confirmed fact (reports left out)', () => {
    const { container } = renderPanel(<About />);
    expect(container.querySelector('[data-meta="as-of"]')?.textContent).toMatch(
      /^Knowledge base last checked against its sources on /,
    );
    // The fixture's newest event is a low-confidence 2025 report; the newest confirmed one is
    // September 2024.
    expect(container.querySelector('[data-meta="newest-fact"]')?.textContent).toBe(
      'Newest confirmed fact in it: September 2024. Statuses are only as fresh as that.',
    );
  });

  it('speaks Chinese', () => {
    const { container } = renderPanel(<About />, { lang: 'zh' });
    expect(container.querySelector('[data-meta="newest-fact"]')?.textContent).toBe(
      '其中最新的已证实事实：2024年9月。各项状态的时效以此为限。',
    );
  });
});
