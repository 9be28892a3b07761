// English messages of the rules section (ICU MessageFormat; apostrophes are plain text). The Persian
// catalog has the same ids with the same placeholders (test/unit/i18n.test.ts).
export const rules = {
  // Words the rules' messages share (domain/message-words.ts).
  'words.and': '{items} and {last}',
  'words.value': '{value}',
  'words.list': '{items}',
  'words.percentOneDecimal': '{sign, select, minus {-} other {}}{whole}.{tenth}%',
  'post.label.titleDate': '"{title}" ({date})',
  'post.label.title': '"{title}"',
  'post.label.date': 'The post of {date}',
  'post.label.none': 'This post',

  // Spans of days (domain/date-words.ts): weeks named by their dates, in the file's calendar system.
  'date.span.month': '{firstDay}–{lastDay} {month} {year}',
  'date.span.year': '{firstDay} {firstMonth} – {lastDay} {month} {year}',
  'date.span.years': '{firstDay} {firstMonth} {firstYear} – {lastDay} {month} {year}',
  'date.span.aside': '{span} ({aside})',
  'date.span.note': '{span} ({note})',
  'date.span.asideNote': '{span} ({aside}, {note})',
  'date.month':
    '{month, select, january {January} february {February} march {March} april {April} may {May} june {June} july {July} august {August} september {September} october {October} november {November} december {December} other {{month}}}',
  'date.solarMonth':
    '{month, select, farvardin {Farvardin} ordibehesht {Ordibehesht} khordad {Khordad} tir {Tir} mordad {Mordad} shahrivar {Shahrivar} mehr {Mehr} aban {Aban} azar {Azar} dey {Dey} bahman {Bahman} esfand {Esfand} other {{month}}}',

  // A post's `repeat` in words (domain/repeat-words.ts).
  'repeat.words.day': '{interval, plural, =1 {every day} other {every # days}}',
  'repeat.words.week': '{interval, plural, =1 {every {days}} other {every # weeks on {days}}}',
  'repeat.words.month':
    '{interval, plural, =1 {every month on the {day}} other {every # months on the {day}}}',
  'repeat.words.ordinal': '{day, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
  'repeat.words.weekday':
    '{day, select, mon {Monday} tue {Tuesday} wed {Wednesday} thu {Thursday} fri {Friday} sat {Saturday} sun {Sunday} other {{day}}}',
  'repeat.words.until': '{text} until {date}',
  'repeat.words.times': '{text}, {count, plural, =1 {once} other {# times}}',
  'repeat.words.note': '{text} ({note})',
  'repeat.words.notes': '{text} ({first}; {second})',
  'repeat.words.periodEnds': 'the period ends {date}',
  'repeat.words.skipped': 'months without a {day} skipped',
  'repeat.words.except': '{text}, except {dates}',
  'repeat.words.exceptMany': '{text}, except {count} dates',
  'repeat.words.posts': '{text}, {count, plural, one {# post} other {# posts}}',

  // A goal named in a sentence, its pace and verdict (domain/goals.ts, domain/pace.ts).
  'goal.label.id': "The goal '{id}'",
  'goal.label.index': 'Goal {index}',
  'pace.words.raising': 'at the current trend {forecast} of {target} by {deadline}',
  'pace.words.reducing': 'at the current trend {forecast} by {deadline} (target {target})',
  'pace.note.achievable': 'achievable, but behind pace: {words}',
  'pace.note.behind': 'behind pace: {words}',
  'pace.verdict.achieved': 'achieved',
  'pace.verdict.insufficientData': 'not enough data yet',
  'pace.verdict.onTrack': 'on track',
  'pace.verdict.atRisk': 'at risk',
  'pace.verdict.offTrack': 'off track',

  // schema/range on the period and on a series (period-range.ts, repeat-fields.ts).
  'period.endsBeforeStart': 'The period ends ({end}) before it starts ({start}). Check the two dates.',
  'repeat.fields.untilBeforeDate':
    'The series ends ({field} {until}) before its first post ({date}). Check the two dates.',
  'repeat.fields.untilAndCount':
    "Give '{first}' or '{second}', not both: remove one of them from '{section}'.",
  'repeat.fields.onNotWeekly':
    "'{field}' (weekdays) is only for weekly series ('{weekly}'); this one repeats every {every}. Remove '{field}', or make it weekly.",

  // ref/unknown-*, ref/duplicate-id.
  'ref.unknown.head': "No {kind} has the id '{id}'.",
  'ref.unknown.didYouMean': "{head} Did you mean '{suggestion}'?",
  'ref.unknown.useOneOf':
    '{head} Use one of: {ids}{more, select, yes {, …} other {}}, or add it under {section}.',
  'ref.unknown.addUnder': '{head} Add it under {section}.',
  'ref.unknown.fix.change': "Change to '{id}'",
  'ref.unknown.fix.add':
    "Add {kind, select, objective {an objective} audience {an audience} other {a {kind}}} '{id}' under {section}",
  'ref.duplicateId':
    "The id '{id}' is already used by item {item} of {section}. Give each item its own id, so references to it are clear.",
  'ref.duplicateId.first': "First use of '{id}'",

  // smart/*.
  'smart.fix.addFields': 'Add the missing SMART fields to this goal ({fields})',
  'smart.specific.noTitle':
    '{goal} has no title. Say in at least {min} words what will change, e.g. "Grow Instagram followers in Tehran".',
  'smart.specific.shortTitle':
    'The title \'{title}\' is too short to say what will change. Use at least {min} words, e.g. "Grow Instagram followers in Tehran".',
  'smart.specific.noPlatforms':
    "{goal} doesn't say where it happens. Add '{field}' (or use a metric that has a '{metricField}').",
  'smart.measurable.noMetric':
    "{goal} has no '{field}': name the figure that will show whether it worked (one of the metrics' ids).",
  'smart.measurable.notNumber': 'The target should be a number, so progress can be measured.',
  'smart.measurable.noTarget': "{goal} has no '{field}': write the number to reach, e.g. '{example}'.",
  'smart.achievable.noBaseline':
    "{goal} has no starting point: add a '{field}', or record the metric's monthly values, so the target can be judged.",
  'smart.achievable.tooFast':
    "To reach {target} by {deadline}, '{metric}' must {direction, select, fall {fall} other {grow}} {needed} a month for {months, plural, one {# month} other {# months}}, but its best month so far was {best}. Lower the target, move the deadline, or explain in '{field}' what will change.",
  'smart.relevant.noObjective':
    "{goal} isn't tied to a business objective. Add '{field}' with the id of one of the objectives it serves.",
  'smart.timeBound.noDeadline': "{goal} has no deadline. Add '{example}' so it can be reviewed on time.",
  'smart.timeBound.outsidePeriod':
    "The deadline {deadline} is outside the strategy's period ({start} to {end}). Move it inside, or extend the period.",

  // goals/off-pace.
  'goals.offPace':
    'Behind pace ({verdict}): {words}. Step up the plan, or adjust the target or the deadline.',

  // calendar/outside-period.
  'calendar.outsidePeriod.post': 'The post "{title}"',
  'calendar.outsidePeriod.thisPost': 'This post',
  'calendar.outsidePeriod.series': 'The series "{title}"',
  'calendar.outsidePeriod.thisSeries': 'This series',
  'calendar.outsidePeriod.before':
    "{post} is planned for {date}, before the strategy's period starts on {start}.",
  'calendar.outsidePeriod.after': "{post} is planned for {date}, after the strategy's period ends on {end}.",
  'calendar.outsidePeriod.seriesEndsBefore':
    "{series} ends on {until}, before the strategy's period starts on {start}.",
  'calendar.outsidePeriod.seriesRunsAfter':
    "{series} runs until {until}, after the strategy's period ends on {end}: posts after that are not planned. End it by {end}, or extend the period.",

  // calendar/conflict.
  'calendar.conflict.titled':
    '"{first}" and "{second}" are both planned on {platform} for {date} at {time}. Move one of them to another time.',
  'calendar.conflict.untitled':
    'Two posts are both planned on {platform} for {date} at {time}. Move one of them to another time.',
  'calendar.conflict.other': 'The other post at the same time',

  // calendar/cadence (and domain/cadence.ts).
  'calendar.cadence.fewer':
    '{platform} plans {planned, plural, one {# post} other {# posts}} a week but has fewer in {weeks, plural, one {# week} other {# weeks}}: {list}',
  'calendar.cadence.fewerAndEmpty':
    '{platform} plans {planned, plural, one {# post} other {# posts}} a week but has fewer in {weeks, plural, one {# week} other {# weeks}}: {list}. The calendar has no posts for these weeks yet: {gaps}',
  'calendar.cadence.empty':
    '{platform} plans {planned, plural, one {# post} other {# posts}} a week, but the calendar has no posts for these weeks yet: {gaps}',
  'calendar.cadence.posts': '{posts, plural, one {# post} other {# posts}}',
  'calendar.cadence.weeks': '{weeks, plural, one {# week} other {# weeks}}',
  'calendar.cadence.weeksEach': '{weeks} weeks, {posts, plural, one {# post} other {# posts}} each',

  // calendar/off-peak.
  'calendar.offPeak':
    '{post} goes out at {time}, more than an hour from the best times of {platform} ({times}). {advice}',
  'calendar.offPeak.consider': 'Consider {time}, the nearest one.',
  'calendar.offPeak.nearestTaken': 'The nearest, {nearest}, already has a post then; consider {time}.',
  'calendar.offPeak.allTaken': 'The nearest is {nearest}, but every best time already has a post then.',
  'calendar.offPeak.fix': 'Move to {time}',

  // calendar/mix (and schema/range on a mix over 100%).
  'calendar.mix.sum':
    'The shares in the mix of {platform} add up to {sum}%, but together they can be at most {max}%. Lower some of them.',
  'calendar.mix.thisPlatform': 'this platform',
  'calendar.mix.stray':
    'The {total} posts on {platform} stray from its planned mix: {shares}. Plan {plan}, or change the mix.',
  'calendar.mix.share': '{type} {share}% (target {target}%)',
  'calendar.mix.more': 'more {types} posts',
  'calendar.mix.fewer': 'fewer {types} posts',
  'calendar.mix.moreAndFewer': 'more {more} posts and fewer {fewer} posts',

  // calendar/overdue.
  'calendar.overdue.noStatus':
    '{post} was due {days, plural, one {# day} other {# days}} ago but has no status (an idea). If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
  'calendar.overdue.status':
    "{post} was due {days, plural, one {# day} other {# days}} ago but is still '{status}'. If it went out, mark it as published; if not, give it a new date, or mark it as rejected.",
  'calendar.overdue.fix': 'Mark as published',

  // calendar/unapproved.
  'calendar.unapproved.notApproved':
    "{post} is {status} but not approved, and this strategy requires approval before posts are scheduled. Have one of the approvers ({approvers}) approve it and add '{field}' with their name.",
  'calendar.unapproved.notApprovedAnyone':
    "{post} is {status} but not approved, and this strategy requires approval before posts are scheduled. Have it approved and add '{field}' with the approver's name.",
  'calendar.unapproved.wrongApprover':
    '{post} was approved by {name}, who is not one of the approvers ({approvers}). Have one of them approve it.',
  'calendar.unapproved.fix': 'Add {field}',

  // engagement/slow.
  'engagement.slow':
    "{topic} should be answered within {within}, but '{metric}' was {value} in {month}. Give {team} more help, or set a {field} it can keep.",
  'engagement.slow.topic': "'{topic}'",
  'engagement.slow.thisTopic': 'This topic',
  'engagement.slow.team': 'the {team} team',
  'engagement.slow.theTeam': 'the team',
  'engagement.slow.within': '{time} ({hours})',
  'engagement.slow.hours': '{hours, plural, one {# hour} other {# hours}}',

  // metrics/gap.
  'metrics.gap':
    "'{name}' has no value for {missing, plural, =1 {the month} other {# months}} {months}. Record a figure at the end of every month so the trend stays reliable.",
  'metrics.gap.unnamed': 'metric {index}',
  'metrics.gap.more': 'and {count} more',

  // reviews/missing.
  'reviews.missing':
    "No review looks back on {month}, the latest month with metric figures. Add one (with '{example}') to note what worked, what did not, and what will change.",
  'platform.named': '{network} ({id})',
} satisfies Record<string, string>;
