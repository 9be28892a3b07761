// TEMPORARY: placeholders for core service functions that have not landed yet (documented signatures
// in docs/ARCHITECTURE.md). They do nothing; core.ts switches to the real modules when they exist.
import type { Analysis } from '../core/model';
import type { Finding, Range } from '../core/types';

export interface CompletionItem {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'date' | 'month' | 'snippet';
  detail?: string;
  documentation?: string;
  insertText: string;
  snippet?: boolean;
  range: Range;
  sortText?: string;
}
export interface Lens {
  range: Range;
  title: string;
  tooltip?: string;
  kind: 'goal' | 'metric' | 'calendar';
  id?: string;
}
export function completions(_analysis: Analysis, _offset: number): CompletionItem[] {
  return [];
}
export function hover(
  _analysis: Analysis,
  _offset: number,
  _findings?: Finding[],
): { markdown: string; range: Range } | undefined {
  return undefined;
}
export function codeLenses(_analysis: Analysis, _findings: Finding[]): Lens[] {
  return [];
}
