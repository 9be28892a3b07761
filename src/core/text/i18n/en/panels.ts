// English messages of the panels section: the calendar and trends panels' view models (core
// outputs/view-models.ts), what the extension says around them (extension/panels) and the month
// report panel's title (ICU MessageFormat; apostrophes are plain text). The Persian catalog has the
// same ids with the same placeholders.
export const panels = {
  'panels.problem.line': 'Line {line}: {message}',
  'panels.platform.withHandle': '{network} {handle}',
  'panels.platform.withId': '{network} ({id})',
  'panels.network.instagram': 'Instagram',
  'panels.network.facebook': 'Facebook',
  'panels.network.x': 'X',
  'panels.network.linkedin': 'LinkedIn',
  'panels.network.tiktok': 'TikTok',
  'panels.network.youtube': 'YouTube',
  'panels.network.pinterest': 'Pinterest',
  'panels.network.telegram': 'Telegram',
  'panels.network.threads': 'Threads',
  'panels.network.whatsapp': 'WhatsApp',
  'panels.network.aparat': 'Aparat',
  'panels.network.blog': 'Blog',
  'panels.network.newsletter': 'Newsletter',
  'panels.network.other': 'Other',
  'panels.title.calendar': 'Calendar: {name}',
  'panels.title.trends': 'Trends: {name}',
  'panels.series.question': '"{title}" repeats {words}. Move only the post on {from}, or the whole series?',
  'panels.series.detail':
    'This post only: the series skips {from} and a post of its own goes out on {to}. The whole series: every date of the series moves by as many days.',
  'panels.series.one': 'This post only',
  'panels.series.all': 'The whole series',
  'panels.csv.copied': 'The table was copied to the clipboard as CSV.',
  'panels.edit.unparsed': '{file} does not parse, so the calendar cannot change it. Fix the file first.',
  'panels.report.title': 'Report: {name}',
} satisfies Record<string, string>;
