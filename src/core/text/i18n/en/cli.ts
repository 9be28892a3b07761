// English messages of the command-line tool's text output (ICU MessageFormat; apostrophes are plain
// text). The Persian catalog has the same ids with the same placeholders. Usage errors and help stay
// English, as the issue allows.
export const cli = {
  'cli.lint.clean': 'No problems in {files, plural, one {# file} other {# files}}',
  'cli.lint.notesOnly':
    'No errors or warnings in {files, plural, one {# file} other {# files}} ({notes, plural, one {# note} other {# notes}})',
  'cli.lint.problems':
    '{problems, plural, one {# problem} other {# problems}} ({counts}) in {files, plural, one {# file} other {# files}}',
  'cli.lint.errors': '{n, plural, one {# error} other {# errors}}',
  'cli.lint.warnings': '{n, plural, one {# warning} other {# warnings}}',
  'cli.lint.infos': '{n, plural, one {# info} other {# infos}}',
  'cli.lint.fixed': 'Fixed {n, plural, one {# problem} other {# problems}} in {file}:',
  'cli.trends.noMetrics': 'No metric has values yet.',
  'cli.trends.noGoals': 'No goal is measured by a defined metric.',
  'cli.calendar.wrote':
    'Wrote {events, plural, one {# event} other {# events}} to {target}{skipped, plural, =0 {} one { (# post without a valid date skipped)} other { (# posts without a valid date skipped)}}',
  'cli.calendar.stdout': 'stdout',
  'cli.import.nothing': 'Nothing to write to {file}: its metrics already hold these months.',
  'cli.import.wrote': 'Wrote {n, plural, one {# month value} other {# month values}} to {file}:',
  'cli.import.wouldWrite': 'Would write {n, plural, one {# month value} other {# month values}} to {file}:',
  'cli.import.conflicts':
    'Kept {n, plural, one {# value} other {# values}} that the export disagrees with ({option} replaces them):',
  'cli.import.conflict': 'the file has {file}, the export {csv}',
  'cli.import.partial':
    'Skipped {n, plural, one {# month} other {# months}} the export does not cover to its last day ({option} imports them):',
  'cli.import.unmatched': "Columns no metric takes (add '{hint}' to a metric to import one): {columns}",
  'cli.review.added': 'Added the review of {month} to {file}; write its actions.',
} satisfies Record<string, string>;
