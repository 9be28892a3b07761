// The Strategy activity-bar views: Goals, Audiences & relationships, Platforms, Competitors, Calendar
// and Metrics.
// Each shows every linted strategy file of the workspace, grouped by file, and refreshes after every
// lint. Items reveal their place in the file when clicked (the reveal command takes offsets).
import * as vscode from 'vscode';
import {
  repeatWords,
  competitorLandscape,
  computeTrends,
  isNetwork,
  languageOf,
  metricTitle,
  networkName,
  networkStyle,
  paceNote,
  platformMixes,
  platformSummaries,
  rangeAt,
  smartStatus,
  WORDS,
  type Analysis,
  type NetworkLandscape,
  type Path,
  type TypeShare,
} from '../../core';
import { fileName } from '../uri-names';
import { Commands, ContextValues } from '../ids';
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
    switch (this.section) {
      case 'goals':
        return goalNodes(entry, analysis, findings);
      case 'audiences':
        return audienceNodes(entry, analysis);
      case 'platforms':
        return platformNodes(entry, analysis);
      case 'competitors':
        return competitorNodes(entry, analysis);
      case 'calendar':
        return calendarNodes(entry, analysis);
      case 'metrics':
        return metricNodes(entry, analysis);
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
): StrategyNode[] {
  const status = smartStatus(analysis, findings);
  const trends = new Map(computeTrends(analysis.model).goals.map((g) => [g.id, g]));
  const words = WORDS[languageOf(vscode.env.language)];
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
    const parts: string[] = [id];
    parts.push(
      missing.length
        ? vscode.l10n.t('SMART: not yet {0}', missing.map((l) => words.smart[l]).join(', '))
        : vscode.l10n.t('SMART'),
    );
    if (verdict) parts.push(words.verdicts[verdict]);
    item.description = parts.join(' · ');
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
    // The CodeLens's pace sentence: "achievable, but behind pace: at the current trend 16 of 20 ...".
    const pace = paceNote(trend, !missing.includes('A'));
    for (const p of [...parts.slice(1), ...(pace ? [pace] : [])])
      tooltip.appendMarkdown('- ').appendText(p).appendMarkdown('\n');
    item.tooltip = tooltip;
    return { uri: entry.uri, item, id: goal.value.id };
  });
}

function audienceNodes(entry: FileEntry, analysis: Analysis): StrategyNode[] {
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
  const group = (label: string, key: string, children: StrategyNode[]): StrategyNode => {
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${entry.uri.toString()}#${key}`;
    item.contextValue = ContextValues.group;
    item.description = String(children.length);
    return { uri: entry.uri, item, children };
  };
  const out: StrategyNode[] = [];
  if (audienceItems.length) out.push(group(vscode.l10n.t('Audiences'), 'audiences', audienceItems));
  if (relationshipItems.length)
    out.push(group(vscode.l10n.t('Relationships'), 'relationships', relationshipItems));
  return out;
}

function postCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 post') : vscode.l10n.t('{0} posts', n);
}

function platformNodes(entry: FileEntry, analysis: Analysis): StrategyNode[] {
  const summaries = platformSummaries(analysis.model, localDate());
  const mixes = new Map(platformMixes(analysis.model).map((m) => [m.index, m]));
  return analysis.model.platforms.map((p, i) => {
    const { id } = p.value;
    const summary = summaries[i];
    const label = `${networkName(p.value.network) ?? p.value.network ?? '?'}${id ? ` (${id})` : ''}`;
    const item = leaf(entry, analysis, p.path, label, ContextValues.platform, `platform:${p.index}`);
    // The network's own icon and colour (contributes.colors), as on the calendar's chips and legend.
    const network = isNetwork(p.value.network) ? p.value.network : 'other';
    item.iconPath = new vscode.ThemeIcon(
      networkStyle(network).codicon,
      new vscode.ThemeColor(`strategy.network.${network}`),
    );
    item.description =
      summary.planned === undefined
        ? postCount(summary.posts)
        : [
            vscode.l10n.t('{0}/{1} this week', summary.thisWeek, summary.planned),
            summary.shortWeeks === 0
              ? vscode.l10n.t('no short weeks')
              : summary.shortWeeks === 1
                ? vscode.l10n.t('1 short week')
                : vscode.l10n.t('{0} short weeks', summary.shortWeeks),
          ].join(' · ');
    const mix = mixes.get(p.index);
    const children = (mix?.types ?? []).map((share) =>
      mixNode(entry, analysis, p.path, `platform:${p.index}`, share, mix!.total),
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

/** A share in whole percent: "25%". */
function percent(n: number): string {
  return vscode.l10n.t('{0}%', Math.round(n));
}

/**
 * Ten cells of 10 points: the share reached up to the target (█), above it (▒) and the part of the
 * target not reached (░). Without a target, the share alone.
 */
function mixBar(actual: number, target: number | undefined): string {
  const a = Math.round(actual / 10);
  const t = target === undefined ? a : Math.round(target / 10);
  return '█'.repeat(Math.min(a, t)) + (a > t ? '▒'.repeat(a - t) : '░'.repeat(t - a));
}

/** One post type of a platform: its share of the platform's posts against its `mix` target. */
function mixNode(
  entry: FileEntry,
  analysis: Analysis,
  platformPath: Path,
  key: string,
  share: TypeShare,
  total: number,
): StrategyNode {
  const { type, target, posts, actual } = share;
  const item = new vscode.TreeItem(type, vscode.TreeItemCollapsibleState.None);
  item.id = `${entry.uri.toString()}#${key}:mix:${type}`;
  item.contextValue = ContextValues.mixType;
  item.iconPath = new vscode.ThemeIcon('pie-chart');
  const bar = mixBar(actual, target);
  item.description = [
    target === undefined
      ? vscode.l10n.t('{0} (no target)', percent(actual))
      : vscode.l10n.t('{0} of {1}', percent(actual), percent(target)),
    bar,
  ]
    .filter(Boolean)
    .join(' ');
  const lines = [vscode.l10n.t('{0} of {1} posts are {2}: {3}.', posts, total, type, percent(actual))];
  if (target !== undefined) {
    const gap = Math.round(actual - target);
    lines.push(
      gap === 0
        ? vscode.l10n.t('Target {0}: on target.', percent(target))
        : gap < 0
          ? vscode.l10n.t('Target {0}: {1} points under.', percent(target), -gap)
          : vscode.l10n.t('Target {0}: {1} points over.', percent(target), gap),
    );
  } else {
    lines.push(vscode.l10n.t("No target for this type in the platform's mix."));
  }
  lines.push(vscode.l10n.t('Recurring posts count once for each time they go out.'));
  item.tooltip = lines.join('\n');
  const range =
    (target !== undefined ? rangeAt(analysis, [...platformPath, 'mix', type]) : undefined) ??
    rangeAt(analysis, [...platformPath, 'id']) ??
    rangeAt(analysis, platformPath);
  if (range) item.command = revealCommand(entry.uri, range.start, range.end);
  return { uri: entry.uri, item };
}

/** "7/week": posts a week, as the file gives them (0.5 is one post every two weeks). */
function perWeek(n: number): string {
  return vscode.l10n.t('{0}/week', n);
}

function competitorCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 competitor') : vscode.l10n.t('{0} competitors', n);
}

/**
 * Per network, the competitors there beside our platforms there. Networks with competitors come first
 * (those without us marked with a warning), then those only we use. A file whose competitors list no
 * presence is left out of the view.
 */
function competitorNodes(entry: FileEntry, analysis: Analysis): StrategyNode[] {
  const landscape = competitorLandscape(analysis.model);
  if (!landscape.some((n) => n.competitors.length)) return [];
  const ordered = [
    ...landscape.filter((n) => n.presence !== 'ours-only'),
    ...landscape.filter((n) => n.presence === 'ours-only'),
  ];
  return ordered.map((n) => networkNode(entry, analysis, n));
}

function networkNode(entry: FileEntry, analysis: Analysis, n: NetworkLandscape): StrategyNode {
  const { model } = analysis;
  const key = `competitors:${n.network}`;
  const their =
    n.competitors.length === 0
      ? vscode.l10n.t('no competitor listed')
      : [
          competitorCount(new Set(n.competitors.map((c) => c.index)).size),
          ...(n.competitorMax !== undefined ? [vscode.l10n.t('up to {0}', perWeek(n.competitorMax))] : []),
        ].join(', ');
  const ours =
    n.planned !== undefined ? vscode.l10n.t('you {0}', perWeek(n.planned)) : vscode.l10n.t('you: no cadence');
  const item = new vscode.TreeItem(
    networkName(n.network) ?? n.network,
    vscode.TreeItemCollapsibleState.Expanded,
  );
  item.id = `${entry.uri.toString()}#${key}`;
  item.contextValue = ContextValues.network;
  const network = isNetwork(n.network) ? n.network : 'other';
  if (n.presence === 'competitors-only') {
    item.iconPath = WARNING();
    item.description = [vscode.l10n.t('competitors only'), their].join(' · ');
  } else {
    item.iconPath = new vscode.ThemeIcon(
      networkStyle(network).codicon,
      new vscode.ThemeColor(`strategy.network.${network}`),
    );
    item.description = [ours, their].join(' · ');
  }
  const tooltip = new vscode.MarkdownString();
  tooltip
    .appendMarkdown('**')
    .appendText(networkName(n.network) ?? n.network)
    .appendMarkdown('**\n\n');
  const line = (text: string) => tooltip.appendMarkdown('- ').appendText(text).appendMarkdown('\n');
  if (n.presence === 'competitors-only')
    line(vscode.l10n.t('Competitors post here and you have no platform on this network.'));
  line(
    n.planned !== undefined
      ? vscode.l10n.t('You plan {0} posts a week here.', n.planned)
      : n.ours.length
        ? vscode.l10n.t('You post here without a cadence.')
        : vscode.l10n.t('You do not post here.'),
  );
  for (const c of n.competitors) {
    line(
      c.postsPerWeek !== undefined
        ? vscode.l10n.t('{0}: {1} posts a week', c.name ?? c.id ?? '?', c.postsPerWeek)
        : vscode.l10n.t('{0}: posts a week not given', c.name ?? c.id ?? '?'),
    );
  }
  if (n.typesOnlyTheyPost.length)
    line(vscode.l10n.t('Only competitors post: {0}', n.typesOnlyTheyPost.join(', ')));
  item.tooltip = tooltip;

  const children: StrategyNode[] = [];
  for (const o of n.ours) {
    const platform = model.platforms.find((p) => p.index === o.index)!;
    const child = leaf(
      entry,
      analysis,
      platform.path,
      vscode.l10n.t('You ({0})', o.id ?? '?'),
      ContextValues.platform,
      `${key}:platform:${o.index}`,
    );
    child.iconPath = new vscode.ThemeIcon('home');
    child.description = [
      o.planned !== undefined
        ? vscode.l10n.t('{0} planned', perWeek(o.planned))
        : vscode.l10n.t('no cadence'),
      o.contentTypes.length
        ? o.contentTypes.map((t) => `${t.type} (${t.posts})`).join(', ')
        : vscode.l10n.t('no typed posts yet'),
    ].join(' · ');
    children.push({ uri: entry.uri, item: child, id: o.id });
  }
  for (const c of n.competitors) {
    const path: Path = ['competitors', c.index, 'presence', c.presenceIndex];
    const child = new vscode.TreeItem(c.name ?? c.id ?? '?', vscode.TreeItemCollapsibleState.None);
    child.id = `${entry.uri.toString()}#${key}:competitor:${c.index}:${c.presenceIndex}`;
    child.contextValue = ContextValues.competitor;
    child.iconPath = new vscode.ThemeIcon('organization');
    child.description = [
      c.postsPerWeek !== undefined ? perWeek(c.postsPerWeek) : vscode.l10n.t('posts a week not given'),
      c.contentTypes.join(', '),
    ]
      .filter(Boolean)
      .join(' · ');
    const range = rangeAt(analysis, path) ?? rangeAt(analysis, ['competitors', c.index]);
    if (range) child.command = revealCommand(entry.uri, range.start, range.end);
    children.push({ uri: entry.uri, item: child, id: c.id });
  }
  if (n.typesOnlyTheyPost.length) {
    const child = new vscode.TreeItem(
      vscode.l10n.t('Only competitors post'),
      vscode.TreeItemCollapsibleState.None,
    );
    child.id = `${entry.uri.toString()}#${key}:types`;
    child.iconPath = new vscode.ThemeIcon('info');
    child.description = n.typesOnlyTheyPost.join(', ');
    child.tooltip = vscode.l10n.t(
      'Content types competitors post on this network that you neither post nor target in a mix there.',
    );
    children.push({ uri: entry.uri, item: child });
  }
  return { uri: entry.uri, item, children };
}

function calendarNodes(entry: FileEntry, analysis: Analysis): StrategyNode[] {
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
    const approved = post.value.approvedBy ? vscode.l10n.t('by {0}', post.value.approvedBy) : undefined;
    // A recurring post is one entry: the rule in words says how many posts it stands for.
    const repeats = repeatWords(post.value, analysis.model);
    item.description = [post.value.platform, status, approved, repeats && `↻ ${repeats}`]
      .filter(Boolean)
      .join(' · ');
    if (repeats) item.tooltip = `${post.value.title ?? ''}\n${repeats}`;
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
    item.description = postCount(children.length);
    item.contextValue = ContextValues.month;
    return { uri: entry.uri, item, children };
  });
}

function metricNodes(entry: FileEntry, analysis: Analysis): StrategyNode[] {
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
    item.description = trend ? metricTitle(trend) : vscode.l10n.t('no values yet');
    return { uri: entry.uri, item, id };
  });
}
