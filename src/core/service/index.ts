// The language service: pure functions from an Analysis (and offsets) to editor features.
export { completions, type CompletionItem, type CompletionOptions } from './completion';
export { hover } from './hover';
export { definition, references, prepareRename, rename } from './navigation';
export { documentSymbols, type SymbolItem } from './symbols';
export { codeLenses, type Lens } from './lens';
export { smartStatus, type SmartLetter } from './smart';
export { disableRuleFix } from './fixes';
export { rescheduleEdits, newPostEdit } from './calendar-edits';
export {
  competitorDescription,
  goalView,
  groupView,
  metricDescription,
  mixBar,
  mixView,
  networkView,
  ourPlatformView,
  platformDescription,
  postCount,
  postView,
  theirTypesView,
  type GoalView,
  type NetworkView,
} from './views';
