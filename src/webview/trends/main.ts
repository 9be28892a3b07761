// The trends panel: a uPlot chart per metric and per goal beside a table of the contract's numbers,
// with "Copy CSV". Follows updates live; on a problem it keeps the last good numbers under a banner.
import '../shared/base.css';
import './trends.css';
import type uPlot from 'uplot';
import type { GoalTrend, MetricTrend, PanelSettings, TrendsViewModel } from '../../core/protocol';
import { problemBanner } from '../shared/banner';
import { h } from '../shared/dom';
import { Formatter } from '../shared/format';
import { initialLanguage, onMessage } from '../shared/validate';
import { loadState, post, saveState } from '../shared/vscode';
import { goalChart, metricChart, palette } from './charts';
import { GOAL_COLUMNS, HEADINGS, METRIC_COLUMNS, type GoalColumn, type MetricColumn } from './columns';
import { trendsCsv } from './csv';

class TrendsPage {
  private settings: PanelSettings;
  private fmt: Formatter;
  private model: TrendsViewModel | undefined;
  private version = 0;
  private problem: string | undefined;
  private charts: { chart: uPlot; el: HTMLElement }[] = [];

  private readonly header = h('div', { class: 'sac-trends-header' });
  private readonly bannerHost = h('div');
  private readonly status = h('p', { class: 'sac-status-line', attrs: { role: 'status' } });
  private readonly chartsEl = h('section', { class: 'sac-charts' });
  private readonly tablesEl = h('section', { class: 'sac-tables' });

  constructor(root: HTMLElement) {
    const saved = loadState() as Partial<PanelSettings> | undefined;
    this.settings = {
      calendarSystem: saved?.calendarSystem === 'persian' ? 'persian' : 'gregorian',
      language: initialLanguage(saved?.language),
    };
    this.fmt = new Formatter(this.settings.language, this.settings.calendarSystem);
    root.replaceChildren(
      h(
        'div',
        { class: 'sac-app sac-trends' },
        this.header,
        this.bannerHost,
        this.status,
        h('div', { class: 'sac-trends-layout' }, this.chartsEl, this.tablesEl),
      ),
    );
    this.render();
    // Charts draw on canvas: redraw them when the theme changes (VS Code sets the body's class and the
    // colour variables on <html>), resize them with the panel.
    const redraw = new MutationObserver(() => this.renderCharts());
    redraw.observe(document.body, { attributeFilter: ['class'] });
    redraw.observe(document.documentElement, { attributeFilter: ['style'] });
    new ResizeObserver(() => this.resizeCharts()).observe(this.chartsEl);
    onMessage((message) => {
      if (message.type === 'settings') {
        this.settings = { calendarSystem: message.calendarSystem, language: message.language };
        saveState(this.settings);
        this.fmt = new Formatter(this.settings.language, this.settings.calendarSystem);
        this.render();
      } else if (message.model.kind === 'trends') {
        this.version = message.model.version;
        this.problem = message.model.problem;
        if (!message.model.problem || !this.model) this.model = message.model;
        this.render();
      }
    });
    post({ type: 'ready' });
  }

  private render(): void {
    const { fmt } = this;
    const { t } = fmt;
    document.documentElement.lang = fmt.locale;
    document.documentElement.dir = fmt.rtl ? 'rtl' : 'ltr';
    const copy = h('button', { class: 'sac-button sac-primary', text: t.copyCsv, attrs: { type: 'button' } });
    copy.disabled = !this.model;
    copy.addEventListener('click', () => {
      if (!this.model) return;
      post({ type: 'exportCsv', csv: trendsCsv(this.model.metrics, this.model.goals) });
      this.status.textContent = t.csvSent;
    });
    this.header.replaceChildren(
      h('h1', { text: this.model ? this.model.fileName : t.metrics, attrs: { dir: 'auto' } }),
      copy,
    );
    this.bannerHost.replaceChildren();
    if (this.problem !== undefined) this.bannerHost.append(problemBanner(t.trendsProblem, this.problem));
    this.status.textContent = '';
    this.renderTables();
    this.renderCharts();
    document.body.dataset.renderedVersion = String(this.version);
  }

  private renderCharts(): void {
    for (const { chart } of this.charts) chart.destroy();
    this.charts = [];
    const { fmt } = this;
    const model = this.model;
    if (!model) {
      this.chartsEl.replaceChildren(h('p', { class: 'sac-empty', text: fmt.t.loading }));
      return;
    }
    if (!model.metrics.length && !model.goals.length) {
      this.chartsEl.replaceChildren(h('p', { class: 'sac-empty', text: fmt.t.noTrends }));
      return;
    }
    this.chartsEl.replaceChildren();
    const colors = palette();
    const figure = (title: string, unit: string | undefined, summary: string, extra?: HTMLElement) => {
      const plot = h('div', { class: 'sac-plot', attrs: { role: 'img', 'aria-label': summary, dir: 'ltr' } });
      const el = h(
        'figure',
        { class: 'sac-figure' },
        h(
          'figcaption',
          {},
          h('span', { class: 'sac-figure-title', text: title, attrs: { dir: 'auto' } }),
          unit ? h('span', { class: 'sac-unit', text: unit, attrs: { dir: 'auto' } }) : null,
          extra,
        ),
        plot,
      );
      return { el, plot };
    };
    if (model.metrics.length) this.chartsEl.append(h('h2', { text: fmt.t.metrics }));
    for (const metric of model.metrics) {
      const { el, plot } = figure(metric.name, metric.unit, this.summary(metric.name, metric.series));
      el.dataset.metric = metric.id;
      this.chartsEl.append(el);
      this.charts.push({ chart: metricChart(plot, metric, fmt, colors, this.chartWidth(el)), el });
    }
    if (model.goals.length) this.chartsEl.append(h('h2', { text: fmt.t.goals }));
    for (const goal of model.goals) {
      const name = goal.title || goal.id;
      const { el, plot } = figure(name, goal.unit, this.summary(name, goal.series), this.verdict(goal));
      el.dataset.goal = goal.id;
      this.chartsEl.append(el);
      this.charts.push({ chart: goalChart(plot, goal, fmt, colors, this.chartWidth(el)), el });
    }
  }

  /** The width inside a chart's figure, which the layout (trends.css) sizes to the panel. */
  private chartWidth(figure: HTMLElement): number {
    const { paddingInlineStart, paddingInlineEnd } = getComputedStyle(figure);
    const inner = figure.clientWidth - parseFloat(paddingInlineStart) - parseFloat(paddingInlineEnd);
    return Math.max(200, Math.floor(inner || 480));
  }

  private resizeCharts(): void {
    for (const { chart, el } of this.charts) {
      const width = this.chartWidth(el);
      if (chart.width !== width) chart.setSize({ width, height: chart.height });
    }
  }

  private summary(name: string, series: { month: string; value: number }[]): string {
    const points = series
      .map((v) => `${this.fmt.month(v.month)} ${this.fmt.number(v.value)}`)
      .join(this.fmt.t.sep);
    return this.fmt.t.chartLabel(name, points);
  }

  /** How steady a trend is, in words by its R², with the number in a tooltip. */
  private steadiness(r2: number | null): string | HTMLElement {
    if (r2 === null) return '—';
    const { t } = this.fmt;
    // The bands r2Help names.
    const word = r2 >= 0.8 ? 'steady' : r2 >= 0.5 ? 'fairly' : 'unsteady';
    const value = this.fmt.number(r2, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return h('span', {
      class: `sac-steadiness sac-steadiness-${word}`,
      text: t.steadiness[word],
      attrs: { title: `R² = ${value}` },
      data: { r2: String(r2) },
    });
  }

  private verdict(goal: GoalTrend): HTMLElement {
    return h('span', {
      class: `sac-verdict sac-verdict-${goal.verdict}`,
      text: this.fmt.t.verdicts[goal.verdict],
    });
  }

  private renderTables(): void {
    const { fmt } = this;
    const { t } = fmt;
    const model = this.model;
    this.tablesEl.replaceChildren();
    if (!model) return;
    const num = (v: number | null, options?: Intl.NumberFormatOptions) =>
      v === null ? '—' : fmt.number(v, options);
    const signed = { maximumFractionDigits: 2, signDisplay: 'exceptZero' } as const;
    /** `names` columns hold names (start-aligned, like their heads); the others hold numbers. */
    const table = (caption: string, heads: string[], rows: (string | Node)[][], names = 1) =>
      h(
        'table',
        { class: 'sac-table' },
        h('caption', { text: caption }),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...heads.map((text, i) =>
              h('th', {
                text,
                class: i < names ? 'sac-name' : undefined,
                attrs: { scope: 'col', title: tips[text] },
              }),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map(([head, ...cells]) =>
            h('tr', {}, h('th', { attrs: { scope: 'row' } }, head), ...cells.map((c) => h('td', {}, c))),
          ),
        ),
      );
    const metricLink = (m: MetricTrend | undefined, id: string, text: string) => {
      if (!m) return text;
      const b = h('button', {
        class: 'sac-link',
        text,
        attrs: { type: 'button', dir: 'auto', title: t.openInFile(text) },
      });
      b.addEventListener('click', () => post({ type: 'revealMetric', version: this.version, id }));
      return b;
    };
    const metricCells: Record<MetricColumn, (m: MetricTrend) => string | Node> = {
      last: (m) => num(m.last),
      previous: (m) => num(m.previous),
      mom: (m) =>
        m.mom === null
          ? '—'
          : fmt.number(m.mom / 100, {
              style: 'percent',
              maximumFractionDigits: 1,
              signDisplay: 'exceptZero',
            }),
      slope: (m) => num(m.slope, signed),
      r2: (m) => this.steadiness(m.r2),
      ma3: (m) => num(m.ma3),
    };
    const goalCells: Record<GoalColumn, (g: GoalTrend) => string | Node> = {
      baseline: (g) => num(g.baseline),
      target: (g) => num(g.target),
      deadline: (g) => (g.deadline ? fmt.dateLong(g.deadline) : '—'),
      forecast: (g) => num(g.forecast),
      progress: (g) => num(g.progress, { style: 'percent', maximumFractionDigits: 0 }),
      verdict: (g) => this.verdict(g),
    };
    const metricRows = model.metrics.map((m) => [
      metricLink(m, m.id, m.name),
      ...METRIC_COLUMNS.map((c) => metricCells[c](m)),
    ]);
    const metrics = new Map(model.metrics.map((m) => [m.id, m]));
    const goalRows = model.goals.map((g) => [
      h('span', { text: g.title || g.id, attrs: { dir: 'auto' } }),
      metricLink(metrics.get(g.metric), g.metric, metrics.get(g.metric)?.name ?? g.metric),
      ...GOAL_COLUMNS.map((c) => goalCells[c](g)),
    ]);
    const heads = (columns: readonly (MetricColumn | GoalColumn)[]) => columns.map((c) => t[HEADINGS[c]]);
    const tips: Partial<Record<string, string>> = { [t.r2]: t.r2Help };
    if (model.metrics.length) {
      this.tablesEl.append(table(t.metrics, [t.metric, ...heads(METRIC_COLUMNS)], metricRows));
    }
    if (model.goals.length) {
      this.tablesEl.append(table(t.goals, [t.goal, t.metric, ...heads(GOAL_COLUMNS)], goalRows, 2));
    }
  }
}

new TrendsPage(document.body);
