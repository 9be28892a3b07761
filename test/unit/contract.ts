// The contract's top-level keys, in its order (docs: the strategy file format, "Top level"), written
// out from the contract itself so tests check the schema and the templates against it, not against
// each other.
export const TOP_LEVEL_KEYS = [
  'version',
  'name',
  'owner',
  'period',
  'purposes',
  'valueProposition',
  'objectives',
  'goals',
  'audiences',
  'competitors',
  'platforms',
  'calendar',
  'metrics',
  'relationships',
  'engagement',
  'reviews',
  'governance',
];

/** Top-level keys the contract's December 2026 additions bring, in its order. */
export const ADDED_TOP_LEVEL_KEYS = ['language', 'calendarSystem'];
