// The Strategy activity-bar views: Goals, Audiences & relationships, Platforms, Competitors, Calendar
// and Metrics.
// Each shows every linted strategy file of the workspace, grouped by file, and refreshes after every
// lint. Items reveal their place in the file when clicked (the reveal command takes offsets). Their
// descriptions and tooltips are the core's words (service/views.ts), in each file's language.
import * as vscode from 'vscode';
import {
  competitorDescription,
  competitorLandscape,
  computeTrends,
  goalView,
  groupView,
  isNetwork,
  metricDescription,
  mixView,
  networkWords,
  render,
  networkStyle,
  networkView,
  ourPlatformView,
  platformDescription,
  platformMixes,
  platformSummaries,
  postCount,
  postView,
  rangeAt,
  smartStatus,
  theirTypesView,
  type Analysis,
  type NetworkLandscape,
  type Path,
  type RenderContext,
  type TypeShare,
} from '../../core';
import { fileName } from '../uri-names';
import { Commands, ContextValues } from '../ids';
import { renderContextFor } from '../language';
import type { FileEntry } from '../documents/state';
import type { StrategyStore } from '../store';
import { localDate } from '../today';

export interface StrategyNode {
  /** The file the node belongs to. */
  uri: vscode.Uri;
  item: vscode.TreeItem;
  children?: StrategyNode[];
  /** For a post: its index in `calendar`; for goals and metrics: their id. */
  index?: number;
  id?: string;
}

type Section = 'goals' | 'audiences' | 'platforms' | 'competitors' | 'calendar' | 'metrics';

const STATUS_ICON: Record<string, string> = {
  idea: 'lightbulb',
  draft: 'edit',
  'in-review': 'eye',
  approved: 'verified',
  rejected: 'circle-slash',
  scheduled: 'clock',
  published: 'pass-filled',
};

const PASS = () => new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
const WARNING = () =>
  new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
const INFO = () => new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));

export class StrategyTree implements vscode.TreeDataProvider<StrategyNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StrategyNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: StrategyStore,
    readonly section: Section,
  ) {
    this.subscriptions = [
      this.changed,
      store.onDidLint(() => this.changed.fire(undefined)),
      store.onDidRemove(() => this.changed.fire(undefined)),
    ];
  }

  getTreeItem(node: StrategyNode): vscode.TreeItem {
    return node.item;
  }

  getChildren(node?: StrategyNode): StrategyNode[] {
    if (node) return node.children ?? [];
    return (
      this.store
        .all()
        .sort((a, b) => a.uri.path.localeCompare(b.uri.path))
        .map((entry) => this.fileNode(entry))
        // A file with nothing for this view would only be noise (the welcome text covers "no files").
        .filter((node) => node.children?.length)
    );
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private fileNode(entry: FileEntry): StrategyNode {
    const { analysis, findings } = entry.result;
    const children = this.sectionNodes(entry, analysis, findings);
    const item = new vscode.TreeItem(
      analysis.model.name ?? fileName(entry.uri),
      children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${this.section}:${entry.uri.toString()}`;
    item.description = vscode.workspace.asRelativePath(entry.uri);
    item.resourceUri = entry.uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = ContextValues.file;
    item.command = revealCommand(entry.uri, 0, 0);
    return { uri: entry.uri, item, children };
  }

  private sectionNodes(
    entry: FileEntry,
    analysis: Analysis,
    findings: FileEntry['result']['findings'],
  ): StrategyNode[] {
    const ctx = renderContextFor(analysis.model);
    switch (this.section) {
      case 'goals':
        return goalNodes(entry, analysis, findings, ctx);
      case 'audiences':
        return audienceNodes(entry, analysis, ctx);
      case 'platforms':
        return platformNodes(entry, analysis, ctx);
      case 'competitors':
        return competitorNodes(entry, analysis, ctx);
      case 'calendar':
        return calendarNodes(entry, analysis, ctx);
      case 'metrics':
        return metricNodes(entry, analysis, ctx);
    }
  }
}

export function revealCommand(uri: vscode.Uri, start: number, end: number): vscode.Command {
  return { title: vscode.l10n.t('Reveal in Editor'), command: Commands.reveal, arguments: [uri, start, end] };
}

function leaf(
  entry: FileEntry,
  analysis: Analysis,
  path: Path,
  label: string,
  contextValue: string,
  key: string,
): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${entry.uri.toString()}#${key}`;
  item.contextValue = contextValue;
  const range = rangeAt(analysis, [...path, 'id']) ?? rangeAt(analysis, path);
  if (range) item.command = revealCommand(entry.uri, range.start, range.end);
  return item;
}

function goalNodes(
  entry: FileEntry,
  analysis: Analysis,
  findings: FileEntry['result']['findings'],
  ctx: RenderContext,
): StrategyNode[] {
  const status = smartStatus(analysis, findings);
  const trends = new Map(computeTrends(analysis.model).goals.map((g) => [g.id, g]));
  return analysis.model.goals.map((goal) => {
    const id = goal.value.id ?? `#${goal.index + 1}`;
    const item = leaf(
      entry,
      analysis,
      goal.path,
      goal.value.title ?? id,
      ContextValues.goal,
      `goal:${goal.index}`,
    );
    const missing = goal.value.id ? (status.get(goal.value.id)?.missing ?? []) : [];
    const trend = goal.value.id ? trends.get(goal.value.id) : undefined;
    const verdict = trend?.verdict;
    const view = goalView(id, missing, trend, ctx);
    item.description = view.description;
    // Pace is a forecast, not a broken file: Problems lists it as info (goals/off-pace), so the view
    // never shows the error icon for it. Off track or a missing SMART letter warns; at risk informs.
    item.iconPath =
      verdict === 'off-track' || missing.length > 0 ? WARNING() : verdict === 'at-risk' ? INFO() : PASS();
    // Titles are the user's text: appended as text, so `*`, `[..](..)` or `<img>` stay literal.
    const tooltip = new vscode.MarkdownString();
    tooltip
      .appendMarkdown('**')
      .appendText(goal.value.title ?? id)
      .appendMarkdown('**\n\n');
    // With the CodeLens's pace sentence: "achievable, but behind pace: at the current trend 16 of 20 ...".
    for (const line of view.lines) tooltip.appendMarkdown('- ').appendText(line).appendMarkdown('\n');
    item.tooltip = tooltip;
    return { uri: entry.uri, item, id: goal.value.id };
  });
}

function audienceNodes(entry: FileEntry, analysis: Analysis, ctx: RenderContext): StrategyNode[] {
  const { audiences, relationships } = analysis.model;
  const audienceItems = audiences.map((a) => {
    const item = leaf(
      entry,
      analysis,
      a.path,
      a.value.name ?? a.value.id ?? '?',
      ContextValues.audience,
      `audience:${a.index}`,
    );
    item.iconPath = new vscode.ThemeIcon('person');
    item.description = [a.value.demographics?.ageRange, a.value.platforms?.join(', ')]
      .filter(Boolean)
      .join(' · ');
    return { uri: entry.uri, item, id: a.value.id };
  });
  const relationshipItems = relationships.map((r) => {
    const item = leaf(
      entry,
      analysis,
      r.path,
      r.value.name ?? r.value.id ?? '?',
      ContextValues.relationship,
      `relationship:${r.index}`,
    );
    item.iconPath = new vscode.ThemeIcon('organization');
    item.description = [r.value.kind, r.value.value].filter(Boolean).join(' · ');
    return { uri: entry.uri, item, id: r.value.id };
  });
  const group = (key: 'audiences' | 'relationships', children: StrategyNode[]): StrategyNode => {
    const { label, description } = groupView(key, children.length, ctx);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${entry.uri.toString()}#${key}`;
    item.contextValue = ContextValues.group;
    item.description = description;
    return { uri: entry.uri, item, children };
  };
  const out: StrategyNode[] = [];
  if (audienceItems.length) out.push(group('audiences', audienceItems));
  if (relationshipItems.length) out.push(group('relationships', relationshipItems));
  return out;
}

/** A network's name in the file's language (as the calendar's legend names it); an unknown one as written. */
function networkLabel(network: string | undefined, ctx: RenderContext): string {
  if (network === undefined) return '?';
  const words = networkWords(network);
  return typeof words === 'string' ? words : render(words, ctx);
}

function platformNodes(entry: FileEntry, analysis: Analysis, ctx: RenderContext): StrategyNode[] {
  const summaries = platformSummaries(analysis.model, localDate());
  const mixes = new Map(platformMixes(analysis.model).map((m) => [m.index, m]));
  return analysis.model.platforms.map((p, i) => {
    const { id } = p.value;
    const summary = summaries[i];
    const label = `${networkLabel(p.value.network, ctx)}${id ? ` (${id})` : ''}`;
    const item = leaf(entry, analysis, p.path, label, ContextValues.platform, `platform:${p.index}`);
    // The network's own icon and colour (contributes.colors), as on the calendar's chips and legend.
    const network = isNetwork(p.value.network) ? p.value.network : 'other';
    item.iconPath = new vscode.ThemeIcon(
      networkStyle(network).codicon,
      new vscode.ThemeColor(`strategy.network.${network}`),
    );
    item.description = platformDescription(summary, ctx);
    const mix = mixes.get(p.index);
    const children = (mix?.types ?? []).map((share) =>
      mixNode(entry, analysis, p.path, `platform:${p.index}`, share, mix!.total, ctx),
    );
    if (children.length) {
      // A platform with `mix` targets opens on them; one without shows its types when asked.
      item.collapsibleState = p.value.mix
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    }
    return { uri: entry.uri, item, id, children };
  });
}

/** One post type of a platform: its share of the platform's posts against its `mix` target. */
function mixNode(
  entry: FileEntry,
  analysis: Analysis,
  platformPath: Path,
  key: string,
  share: TypeShare,
  total: number,
  ctx: RenderContext,
): StrategyNode {
  const { type, target } = share;
  const item = new vscode.TreeItem(type, vscode.TreeItemCollapsibleState.None);
  item.id = `${entry.uri.toString()}#${key}:mix:${type}`;
  item.contextValue = ContextValues.mixType;
  item.iconPath = new vscode.ThemeIcon('pie-chart');
  const view = mixView(share, total, ctx);
  item.description = view.description;
  item.tooltip = view.tooltip;
  const range =
    (target !== undefined ? rangeAt(analysis, [...platformPath, 'mix', type]) : undefined) ??
    rangeAt(analysis, [...platformPath, 'id']) ??
    rangeAt(analysis, platformPath);
  if (range) item.command = revealCommand(entry.uri, range.start, range.end);
  return { uri: entry.uri, item };
}

/**
 * Per network, the competitors there beside our platforms there. Networks with competitors come first
 * (those without us marked with a warning), then those only we use. A file whose competitors list no
 * presence is left out of the view.
 */
function competitorNodes(entry: FileEntry, analysis: Analysis, ctx: RenderContext): StrategyNode[] {
  const landscape = competitorLandscape(analysis.model);
  if (!landscape.some((n) => n.competitors.length)) return [];
  const ordered = [
    ...landscape.filter((n) => n.presence !== 'ours-only'),
    ...landscape.filter((n) => n.presence === 'ours-only'),
  ];
  return ordered.map((n) => networkNode(entry, analysis, n, ctx));
}

function networkNode(
  entry: FileEntry,
  analysis: Analysis,
  n: NetworkLandscape,
  ctx: RenderContext,
): StrategyNode {
  const { model } = analysis;
  const key = `competitors:${n.network}`;
  const view = networkView(n, ctx);
  const item = new vscode.TreeItem(networkLabel(n.network, ctx), vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${entry.uri.toString()}#${key}`;
  item.contextValue = ContextValues.network;
  const network = isNetwork(n.network) ? n.network : 'other';
  item.iconPath =
    n.presence === 'competitors-only'
      ? WARNING()
      : new vscode.ThemeIcon(
          networkStyle(network).codicon,
          new vscode.ThemeColor(`strategy.network.${network}`),
        );
  item.description = view.description;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(networkLabel(n.network, ctx)).appendMarkdown('**\n\n');
  for (const line of view.lines) tooltip.appendMarkdown('- ').appendText(line).appendMarkdown('\n');
  item.tooltip = tooltip;

  const children: StrategyNode[] = [];
  for (const o of n.ours) {
    const platform = model.platforms.find((p) => p.index === o.index)!;
    const ours = ourPlatformView(o, ctx);
    const child = leaf(
      entry,
      analysis,
      platform.path,
      ours.label,
      ContextValues.platform,
      `${key}:platform:${o.index}`,
    );
    child.iconPath = new vscode.ThemeIcon('home');
    child.description = ours.description;
    children.push({ uri: entry.uri, item: child, id: o.id });
  }
  for (const c of n.competitors) {
    const path: Path = ['competitors', c.index, 'presence', c.presenceIndex];
    const child = new vscode.TreeItem(c.name ?? c.id ?? '?', vscode.TreeItemCollapsibleState.None);
    child.id = `${entry.uri.toString()}#${key}:competitor:${c.index}:${c.presenceIndex}`;
    child.contextValue = ContextValues.competitor;
    child.iconPath = new vscode.ThemeIcon('organization');
    child.description = competitorDescription(c, ctx);
    const range = rangeAt(analysis, path) ?? rangeAt(analysis, ['competitors', c.index]);
    if (range) child.command = revealCommand(entry.uri, range.start, range.end);
    children.push({ uri: entry.uri, item: child, id: c.id });
  }
  if (n.typesOnlyTheyPost.length) {
    const theirs = theirTypesView(n, ctx);
    const child = new vscode.TreeItem(theirs.label, vscode.TreeItemCollapsibleState.None);
    child.id = `${entry.uri.toString()}#${key}:types`;
    child.iconPath = new vscode.ThemeIcon('info');
    child.description = theirs.description;
    child.tooltip = theirs.tooltip;
    children.push({ uri: entry.uri, item: child });
  }
  return { uri: entry.uri, item, children };
}

function calendarNodes(entry: FileEntry, analysis: Analysis, ctx: RenderContext): StrategyNode[] {
  const byMonth = new Map<string, StrategyNode[]>();
  const posts = [...analysis.model.calendar].sort((a, b) =>
    `${a.value.date ?? ''} ${a.value.time ?? ''}`.localeCompare(
      `${b.value.date ?? ''} ${b.value.time ?? ''}`,
    ),
  );
  for (const post of posts) {
    const month = post.value.date?.slice(0, 7) ?? '?';
    const label = `${post.value.date ?? '?'}${post.value.time ? ` ${post.value.time}` : ''} ${post.value.title ?? ''}`;
    const item = leaf(entry, analysis, post.path, label.trim(), ContextValues.post, `post:${post.index}`);
    const status = post.value.status ?? 'idea';
    item.iconPath = new vscode.ThemeIcon(STATUS_ICON[status] ?? 'circle-outline');
    // A recurring post is one entry: the rule in words says how many posts it stands for.
    const view = postView(post.value, analysis.model, ctx);
    item.description = view.description;
    if (view.tooltip !== undefined) item.tooltip = view.tooltip;
    const range = rangeAt(analysis, [...post.path, 'date']) ?? rangeAt(analysis, post.path);
    if (range) item.command = revealCommand(entry.uri, range.start, range.end);
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push({ uri: entry.uri, item, index: post.index });
  }
  return [...byMonth.entries()].map(([month, children]) => {
    const item = new vscode.TreeItem(month, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${entry.uri.toString()}#month:${month}`;
    item.iconPath = new vscode.ThemeIcon('calendar');
    item.description = postCount(children.length, ctx);
    item.contextValue = ContextValues.month;
    return { uri: entry.uri, item, children };
  });
}

function metricNodes(entry: FileEntry, analysis: Analysis, ctx: RenderContext): StrategyNode[] {
  const trends = new Map(computeTrends(analysis.model).metrics.map((m) => [m.id, m]));
  return analysis.model.metrics.map((m) => {
    const id = m.value.id;
    const item = leaf(
      entry,
      analysis,
      m.path,
      m.value.name ?? id ?? '?',
      ContextValues.metric,
      `metric:${m.index}`,
    );
    const trend = id ? trends.get(id) : undefined;
    const mom = trend?.mom ?? null;
    item.iconPath = new vscode.ThemeIcon(
      mom === null ? 'graph-line' : mom > 0 ? 'arrow-up' : mom < 0 ? 'arrow-down' : 'arrow-right',
    );
    // The CodeLens's words, so the view and the editor never disagree on a number's format.
    item.description = metricDescription(trend, ctx);
    return { uri: entry.uri, item, id };
  });
}
