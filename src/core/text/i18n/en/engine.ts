// English messages of the engine section (ICU MessageFormat; apostrophes are plain text). The Persian
// catalog has the same ids with the same placeholders (test/unit/i18n.test.ts).
//
// Syntax a marketer types (`version: 1`, `YYYY-MM-DD`, `*name`, brackets) arrives as arguments, so that
// it stays Latin and in order inside a bidi isolate in Persian. `start` (yes|other) asks a phrase to
// begin a sentence: English capitalizes it, Persian has no capitals.
export const engine = {
  'engine.internalError': "strategy-lint could not finish the '{check}' check ({error}). Please report this.",

  // The YAML layer (engine/parse.ts, engine/quote-fix.ts).
  'yaml.aliasBudget':
    'This file repeats content through aliases ({alias}) more than {max} times. Write the content out instead.',
  'yaml.tooDeep':
    'The lists and sections here are nested too deeply (or never closed) for YAML to read the file. A strategy needs only a few levels: check that every {openBracket} and {openBrace} is closed with {closeBracket} and {closeBrace}, and that the indentation is right.',
  'yaml.noAnchor':
    "There is no anchor '{anchor}' for '{alias}' to copy. Define '{anchor}' earlier in the file, or write the value out.",
  'yaml.alias':
    'This file reuses content with YAML anchors and aliases ({anchor}, {alias}). That works, but the calendar cannot move posts defined through them, and checking is slower.',
  'yaml.empty':
    "This strategy file is empty. Start with '{version}', a '{name}' and a '{period}' (run the command '{command}' for a guided template).",
  'yaml.repeated':
    '{problem} (The same problem is found {more, plural, one {# more time} other {# more times}} below.)',
  'yaml.more':
    '…and {count, plural, one {# more YAML syntax problem} other {# more YAML syntax problems}} below. Fix the ones above first: one mistake often causes several.',
  'yaml.duplicateKey':
    'This key appears twice in the same place. Keep one of them: the second would silently replace the first.',
  'yaml.tabIndent':
    'A tab is used for indentation here. YAML only allows spaces: replace the tab with spaces.',
  'yaml.multipleDocs':
    "This file holds more than one YAML document (a line with '{separator}' starts a second one). Keep one strategy per file.",
  'yaml.notClosed': 'Something is not closed here: a quote, a bracket or a brace is missing.',
  'yaml.badIndent':
    'The indentation is off here: line this up with the other entries of the same list or section.',
  'yaml.multilineKey':
    "A key can't span several lines. Did a '{colon}' or a quote go missing on the line before?",
  'yaml.badEscape':
    'This text in double quotes has a backslash that YAML does not understand. Use single quotes, or write {escape} for a backslash.',
  'yaml.unexpected': "YAML can't read this: check the colons, dashes and quotes on this line.",
  'yaml.other': "YAML can't read this: {detail}.",
  'yaml.quote.start': 'Text that starts with {char} must be put in quotes, for example {example}.',
  'yaml.quote.colon':
    "This text contains '{colon}', which YAML reads as a new field. Put the whole text in quotes: {example}.",
  'yaml.fix.tab': 'Replace the tab with two spaces',
  'yaml.fix.quote': 'Put the text in quotes',

  // What a path is, in words (engine/schema.ts `describe`): "the goal 'grow'", "post 3 of 'calendar'".
  'schema.where.strategy': '{start, select, yes {The strategy} other {the strategy}}',
  'schema.where.named': "{start, select, yes {The} other {the}} {noun} '{name}'",
  'schema.where.postOn': '{start, select, yes {The post} other {the post}} on {date}',
  'schema.where.nth': "{noun} {n} of '{section}'",
  'schema.where.values': '{start, select, yes {The monthly values} other {the monthly values}}',
  'schema.where.field': "'{field}'",
  'schema.noun':
    '{start, select, yes {{kind, select, objectives {Objective} goals {Goal} audiences {Audience} competitors {Competitor} platforms {Platform} calendar {Post} metrics {Metric} relationships {Relationship} engagement {Engagement rule} reviews {Review} presence {Presence entry} other {Item}}} other {{kind, select, objectives {objective} goals {goal} audiences {audience} competitors {competitor} platforms {platform} calendar {post} metrics {metric} relationships {relationship} engagement {engagement rule} reviews {review} presence {presence entry} other {item}}}}',
  'schema.fallback':
    '{which, select, list {this list} section {this section} value {this value} valueStart {This value} other {does not match the format}}',

  // Schema findings (engine/schema.ts).
  'schema.required': "{where} needs '{field}'.",
  'schema.required.id':
    "{where} needs '{field}'. An id is a short name (lowercase, digits, dashes) other parts of the file use to refer to it.",
  'schema.required.version': "{where} needs '{field}'. Add '{example}' at the top.",
  'schema.required.period': "{where} needs '{field}'. Add the dates the strategy covers, e.g. '{example}'.",
  'schema.required.date': "{where} needs '{field}'. Write it as {format}.",
  'schema.required.platform':
    "{where} needs '{field}'. Use the id of one of the platforms listed under {section}.",
  'schema.additionalProperty': "'{key}' is not a field of {where}. Fields it can have: {allowed}.",
  'schema.additionalProperty.didYouMean': "'{key}' is not a field of {where}. Did you mean '{suggestion}'?",
  'schema.additionalProperty.noFields': "'{key}' is not a field of {where}.",
  'schema.enum.key': "'{key}' is not a valid key of '{field}'. Use one of: {allowed}.",
  'schema.enum.key.didYouMean':
    "'{key}' is not a valid key of '{field}'. Did you mean '{suggestion}'? Use one of: {allowed}.",
  'schema.enum.value':
    "'{value}' is not a valid {kind, select, entry {entry of '{field}'} field {{field}} other {value}}. Use one of: {allowed}.",
  'schema.enum.value.didYouMean':
    "'{value}' is not a valid {kind, select, entry {entry of '{field}'} field {{field}} other {value}}. Did you mean '{suggestion}'? Use one of: {allowed}.",
  'schema.enum.empty':
    "An empty value is not a valid {kind, select, entry {entry of '{field}'} field {{field}} other {value}}. Use one of: {allowed}.",
  'schema.type.empty': '{label} is empty: it should be {expected}.',
  'schema.type.emptyRef':
    '{label} is empty: give the id of one of the {section}: {ids}{more, plural, =0 {} other {, and # more}}.',
  'schema.type.emptyRef.none':
    "{label} is empty: give the id of one of the {section}, once some are listed under '{section}'.",
  'schema.type.notFinite':
    '{label} is {shown}, which {why, select, large {is too large to be a number here} negative {is too far below zero to be a number here} other {YAML reads as "not a number"}}. Write an ordinary number, such as {example}.',
  'schema.type.wrong': '{label} should be {expected}, but it is {actual}.',
  'schema.type.expected':
    "{type, select, number {a number} integer {a whole number} string {text} array {a list (one entry per line, each starting with '{dash}')} object {a section of fields ('{example}' lines indented below it)} boolean {{trueValue} or {falseValue}} other {{type}}}",
  'schema.type.actual':
    "{kind, select, text {text ('{value}')} number {a number ({value})} boolean {{value}} list {a list} binary {binary data (a {tag} value)} timestamp {a date and time (a {tag} value)} otherType {a value of another YAML type} other {a section of fields}}",
  'schema.format.date': "'{value}' is not a real date. Write dates as {format}, for example {example}.",
  'schema.format.uri': "'{value}' is not a complete web address. Write it in full, starting with {prefix}.",
  'schema.format.other': "'{value}' is not a valid {format}.",
  'schema.pattern.id':
    "'{value}' can't be used as an id. Ids use lowercase Latin letters, digits and dashes; the {title} or {name} field can hold any text.",
  'schema.pattern.id.example':
    "'{value}' can't be used as an id. Ids use lowercase Latin letters, digits and dashes, for example '{example}'; the {title} or {name} field can hold any text.",
  'schema.pattern.time':
    "'{value}' is not a time. Write times in 24-hour form as {format}, for example {example} or {example2}.",
  'schema.pattern.month': "'{value}' is not a month. Write months as {format}, for example {example}.",
  'schema.pattern.other': "'{value}' is not in the expected form for '{field}'.",
  'schema.pattern.responseTime':
    "'{value}' is not in the expected form for '{field}'. Write a number and a unit: '{m}', '{h}', '{d}' or '{w}'.",
  'schema.pattern.ageRange':
    "'{value}' is not in the expected form for '{field}'. Write two ages with a dash, for example '{example}', or '{example2}'.",
  'schema.range':
    "'{field}' must be {comparison, select, atLeast {at least} moreThan {more than} atMost {at most} other {less than}} {limit}{negative, select, yes { (it can't be negative)} other {}}.",
  'schema.range.empty': "'{field}' can't be empty.",
  'schema.other': '{where}: {detail}.',
  'schema.fix.changeId': "Change the id to '{id}'",
  'schema.fix.changeTo': "Change to '{value}'",

  // A file that is not text (engine/encoding.ts).
  'encoding.notUtf8': 'The file is not saved as {encoding}: {howTo}',
  'encoding.utf16NoBom': 'The file seems to be saved as {encoding} without a byte order mark: {howTo}',
  'encoding.utf16Broken': 'The file is saved as {encoding} but has a broken character: {howTo}',
  'encoding.howTo':
    "save it as {encoding} (in VS Code: click the encoding in the status bar, then '{command}', then '{encoding}').",

  // `.strategy-lint.yaml` and rule settings (engine/config.ts).
  'config.unreadable': "The configuration can't be read (line {line}): {problem}",
  'config.notSection': "The configuration should be a section with the fields '{rules}' and '{ignore}'.",
  'config.unknownField': "Unknown configuration field '{field}'. It can have '{rules}' and '{ignore}'.",
  'config.unknownField.didYouMean': "Unknown configuration field '{field}'. Did you mean '{suggestion}'?",
  'config.ignoreNotList': "'{field}' should be a list of file patterns, e.g. {example}.",
  'config.rulesNotMap': "'{field}' should map rule codes to {off}, {info}, {warning} or {error}.",
  'config.unknownRule': "Unknown rule '{code}'.",
  'config.unknownRule.didYouMean': "Unknown rule '{code}'. Did you mean '{suggestion}'?",
  'config.badSetting': "The rule '{code}' is set to '{value}'; use {off}, {info}, {warning} or {error}.",

  // Analytics exports that cannot be read (import/table.ts).
  'import.noRows': 'The file has no rows.',
  'import.noDateColumn':
    'No date column found: the export needs a header row and a column of dates ({ymd}, {ym}, {mdy}, {dmy} or a Solar Hijri {jalaali}).',
} satisfies Record<string, string>;
