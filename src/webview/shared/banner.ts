// The banner both panels show while the file does not parse: what that means for the panel (our words,
// in the user's language), then the problem itself as the core phrased it ("Line 12: …").
import { h } from './dom';

/** A fresh role=alert node each time, so screen readers announce each new problem. */
export function problemBanner(lead: string, problem: string, after?: string): HTMLElement {
  return h(
    'div',
    { class: 'sac-banner', attrs: { role: 'alert' } },
    h('strong', { text: lead }),
    ' ',
    h('span', { class: 'sac-banner-problem', text: problem, attrs: { dir: 'auto' } }),
    after ? ' ' : null,
    after ? h('span', { text: after }) : null,
  );
}
