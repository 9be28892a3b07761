// English messages of the outputs section (ICU MessageFormat; apostrophes are plain text). The Persian
// catalog has the same ids with the same placeholders (test/unit/i18n.test.ts).
export const outputs = {
  'ics.status': 'Status: {status}',
  'ics.repeats': 'Repeats: {words}',
  'ics.type': 'Type: {type}',
  'ics.goal': 'Goal: {goal}',
  'ics.goalTitled': 'Goal: {title} ({goal})',
  'ics.campaign': 'Campaign: {campaign}',
  'ics.link': 'Link: {link}',
  'ics.notes': 'Notes: {notes}',
  'ics.calendarName': 'Content calendar',
  'ics.untitled': 'Untitled post',
} satisfies Record<string, string>;
