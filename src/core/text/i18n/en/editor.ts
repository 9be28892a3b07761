// English messages of the editor section (ICU MessageFormat; apostrophes are plain text). The Persian
// catalog has the same ids with the same placeholders (test/unit/i18n.test.ts).
export const editor = {
  // Quick fixes and source actions about a file (src/extension/codeActions.ts).
  'action.fixAll': 'Fix all safe strategy problems',
  'action.disableLine': 'Disable {code} for this line',
  'action.showDocumentation': 'Show documentation for {code}',
  'action.draftReview': "Draft the month's review",
  'action.moveDate': 'Move to another date…',
  // The editor's own CodeLens and rename refusal (src/extension/features.ts).
  'lens.import.title': 'Import from CSV…',
  'lens.import.tooltip': "Import month values from analytics exports into the metrics' values",
  'rename.notRenamable': 'Only ids of objectives, goals, audiences, platforms and metrics can be renamed.',
} satisfies Record<string, string>;
