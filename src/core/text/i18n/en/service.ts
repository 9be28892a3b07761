// English messages of the service section (ICU MessageFormat; apostrophes are plain text). The Persian
// catalog has the same ids with the same placeholders (test/unit/i18n.test.ts).
export const service = {
  // Hover (service/hover.ts). Values from the file arrive escaped for Markdown.
  'hover.kind.platform': 'Platform',
  'hover.kind.goal': 'Goal',
  'hover.kind.metric': 'Metric',
  'hover.kind.objective': 'Objective',
  'hover.kind.audience': 'Audience',
  'hover.ref.unknown':
    'No {kind, select, platform {platform} goal {goal} metric {metric} objective {objective} other {audience}} has the id {id}.',
  'hover.ref.none': 'Nothing refers to it yet.',
  'hover.ref.count': 'Referred to {count, plural, one {# time} other {# times}}.',
  'hover.goal.target': 'Target: {target}',
  'hover.goal.targetBy': 'Target: {target} by {deadline}',
  'hover.goal.deadline': 'Deadline: {deadline}',
  'hover.goal.smartPass':
    'SMART: all five checks pass (specific, measurable, achievable, relevant, time-bound).',
  'hover.goal.trend': 'Trend: {trend}',
  'hover.platform.cadence': 'Cadence: {count, plural, one {# post} other {# posts}} a week',
  'hover.platform.priority': 'Priority: {priority}',
  'hover.metric.last': 'Last value: {value} ({month})',
  'hover.month.value': '**{name}**, end of {month}: {value}',
  'hover.month.valueChange': '**{name}**, end of {month}: {value} ({change} vs {previous})',
  'hover.repeat.rule': '**Repeats** {rule}.',
  'hover.repeat.firstDates': 'First dates:',
  'hover.repeat.nextDates': 'Next dates:',
  'hover.repeat.day':
    '{weekday, select, mon {Monday} tue {Tuesday} wed {Wednesday} thu {Thursday} fri {Friday} sat {Saturday} other {Sunday}} {date}',
  'hover.repeat.more': 'and {count} more',
  'hover.repeat.noneLeft': 'No dates left in the series after today.',

  // CodeLens (service/lens.ts); the Metrics view reads the metric's too.
  'lens.goal.forecast': 'forecast {forecast} by {deadline}',
  'lens.goal.smartMissing': 'SMART: {letters} missing',
  'lens.goal.smartTooltip': 'Not yet {qualities}: see the warnings on this goal.',
  'lens.metric.noValues': 'no values yet',
  'lens.metric.last': 'last {value}',
  'lens.metric.lastIn': 'last {value} ({month})',
  'lens.metric.change': '{change} vs previous month',
  'lens.metric.tooltip':
    '{count, plural, one {# monthly value} other {# monthly values}}. Open the trends panel for the chart.',
  'lens.calendar.title': 'Open content calendar ({count, plural, one {# post} other {# posts}})',
  'lens.calendar.tooltip': 'See the posts on a calendar, drag them to another day, add new ones.',
  'lens.trend.fromTo': 'From {baseline} to {target}.',
  'lens.trend.fromToBy': 'From {baseline} to {target} by {deadline}.',
  'lens.trend.progress': '{progress} of the way there.',
  'lens.trend.forecast': 'At the current pace: {forecast} by the deadline.',
  'lens.trend.verdict': 'Verdict: {verdict}.',

  // Completion details and documentation (service/completion.ts).
  'completion.required': 'required',
  'completion.default': 'default',
  'completion.today': 'today',
  'completion.currentEnd': 'the current end',
  'completion.day': 'a day: year, month, day',
  'completion.dayDocumentation': 'A day written {format}.',
  'completion.monthAfter': 'the month after {month}',
  'completion.firstMonth': 'the first month',
  'completion.monthDocumentation': 'The value at the **end of this month**.',

  // The outline's names for items without one (service/symbols.ts).
  'symbol.post': 'post {number}',
  'symbol.platform': 'platform {number}',
  'symbol.engagement': 'rule {number}',
  'symbol.review': 'review {number}',
  'symbol.item': 'item {number}',

  // The quick fix offered with every finding (service/fixes.ts).
  'fix.disableLine': 'Ignore {code} on this line',

  // Rename (service/navigation.ts).
  'rename.notAnId': 'Put the cursor on an id or on a reference to one, then rename.',
  'rename.invalid':
    '"{name}" cannot be an id: use lowercase English letters, digits and hyphens, starting with a letter or a digit (for example {example}).',
  'rename.taken':
    'Another {kind, select, platform {platform} goal {goal} metric {metric} objective {objective} other {audience}} already has the id "{name}". Choose a name no other {kind, select, platform {platform} goal {goal} metric {metric} objective {objective} other {audience}} uses.',

  // Edits the calendar asks for (service/calendar-edits.ts, service/series-edits.ts).
  'edit.notADay': '"{value}" is not a day: write it as {format}, for example {example}.',
  'edit.notATime':
    '"{value}" is not a time of day: write it as {format} on the 24-hour clock, for example {example}.',
  'edit.noPost':
    'There is no post number {number} in the calendar any more. The file may have changed: try again.',
  'edit.emptyPost': 'This post is empty: add its date, platform and title first.',
  'edit.dateNotADay': "This post's date is not a single day: write it as {format} first.",
  'edit.timeNotATime': "This post's time is not a time of day: write it as {format} first.",
  'edit.notSections':
    'This file is not a list of sections ({example} lines), so a post cannot be added to it.',
  'edit.calendarNotAList':
    "The calendar section is not a list of posts, so a post cannot be added to it. Make '{key}' a list first.",
  'edit.notAStatus': '"{status}" is not a post status: use one of {statuses}.',
  'edit.noApprover': 'Give the name of the person who approves the post.',
  'edit.notAValue': 'This post\'s {field} is not a single value: write it as "{example}" first.',
  'edit.statusCannotBeAdded': 'A status cannot be added to this post: add a "{line}" line first.',
  'edit.series.notADay': '"{value}" is not a day: write it as {format}.',
  'edit.series.notATime': '"{value}" is not a time of day: write it as {format} on the 24-hour clock.',
  'edit.series.notRecurring': 'This post does not repeat any more. The file may have changed: try again.',
  'edit.series.notLater':
    '{date} is not a later date of this series any more. The file may have changed: try again.',
  'edit.series.exceptCannotBeAdded':
    "The series' {repeat} cannot take an {except} list here: add one by hand.",
  'edit.series.exceptNotAList': "The series' {except} is not a list of dates: write it as {format} first.",
  'edit.series.cannotCopy': 'This series has a field this editor cannot copy: move the post by hand.',

  // The Strategy views (service/views.ts).
  'view.perWeek': '{count}/week',
  'view.goal.smart': 'SMART',
  'view.goal.smartMissing': 'SMART: not yet {qualities}',
  'view.goal.description': '{id} · {smart}',
  'view.goal.descriptionVerdict': '{id} · {smart} · {verdict}',
  'view.platform.posts': '{count, plural, one {# post} other {# posts}}',
  'view.platform.week':
    '{thisWeek}/{planned} this week · {short, plural, =0 {no short weeks} one {# short week} other {# short weeks}}',
  'view.mix.noTargetShare': '{share} (no target)',
  'view.mix.shareOfTarget': '{share} of {target}',
  'view.mix.share': '{posts} of {total} posts are {type}: {share}.',
  'view.mix.onTarget': 'Target {target}: on target.',
  'view.mix.under': 'Target {target}: {points} points under.',
  'view.mix.over': 'Target {target}: {points} points over.',
  'view.mix.noTarget': "No target for this type in the platform's mix.",
  'view.mix.recurring': 'Recurring posts count once for each time they go out.',
  'view.network.noCompetitor': 'no competitor listed',
  'view.network.competitors': '{count, plural, one {# competitor} other {# competitors}}',
  'view.network.competitorsUpTo': '{count, plural, one {# competitor} other {# competitors}}, up to {max}',
  'view.network.you': 'you {perWeek}',
  'view.network.youNoCadence': 'you: no cadence',
  'view.network.competitorsOnly': 'competitors only · {theirs}',
  'view.network.both': '{ours} · {theirs}',
  'view.network.tooltip.competitorsOnly': 'Competitors post here and you have no platform on this network.',
  'view.network.tooltip.planned': 'You plan {count} posts a week here.',
  'view.network.tooltip.noCadence': 'You post here without a cadence.',
  'view.network.tooltip.absent': 'You do not post here.',
  'view.network.tooltip.competitor': '{name}: {count} posts a week',
  'view.network.tooltip.competitorNoCadence': '{name}: posts a week not given',
  'view.network.tooltip.theirTypes': 'Only competitors post: {types}',
  'view.ours.label': 'You ({id})',
  'view.ours.planned': '{perWeek} planned',
  'view.ours.noCadence': 'no cadence',
  'view.ours.type': '{type} ({count})',
  'view.ours.noTypes': 'no typed posts yet',
  'view.ours.description': '{cadence} · {types}',
  'view.competitor.noCadence': 'posts a week not given',
  'view.competitor.description': '{cadence} · {types}',
  'view.theirTypes.label': 'Only competitors post',
  'view.theirTypes.description': '{types}',
  'view.theirTypes.tooltip':
    'Content types competitors post on this network that you neither post nor target in a mix there.',
  'view.post.approvedBy': 'by {name}',
  'view.calendar.posts': '{count, plural, one {# post} other {# posts}}',
  'view.group.audiences': 'Audiences',
  'view.group.relationships': 'Relationships',
  'completion.newItem': 'new item',
} satisfies Record<string, string>;
