// Typed reads of the extension's settings. The ids and the values they accept are declared here once;
// the metadata test checks them against package.json `contributes.configuration`.
import * as vscode from 'vscode';
import { RULE_SETTINGS, type CalendarSystem, type RuleSetting } from '../core';
import { Settings } from './ids';

export type LintRun = 'onType' | 'onSave';

/** What package.json declares for every setting: type, default, allowed values and scope. */
export const SETTING_SCHEMA = {
  [Settings.rules]: { type: 'object', default: {}, scope: 'resource' },
  [Settings.lintRun]: { type: 'string', default: 'onType', enum: ['onType', 'onSave'], scope: 'resource' },
  [Settings.lintWorkspace]: { type: 'boolean', default: true, scope: 'window' },
  [Settings.calendarSystem]: {
    type: 'string',
    default: 'gregorian',
    enum: ['gregorian', 'persian'],
    scope: 'window',
  },
  [Settings.codeLensEnabled]: { type: 'boolean', default: true, scope: 'resource' },
  [Settings.approver]: { type: 'string', default: '', scope: 'window' },
  [Settings.locale]: { type: 'string', default: 'auto', enum: ['auto', 'en', 'fa'], scope: 'window' },
} as const;

function section(id: string): [string, string] {
  const dot = id.indexOf('.');
  return [id.slice(0, dot), id.slice(dot + 1)];
}

function get<T>(id: string, scope?: vscode.Uri): T | undefined {
  const [head, rest] = section(id);
  return vscode.workspace.getConfiguration(head, scope).get<T>(rest);
}

/** `strategy.rules`, keeping only well-formed entries (a bad value in settings.json must not break linting). */
export function ruleSettings(scope?: vscode.Uri): Record<string, RuleSetting> {
  const raw = get<unknown>(Settings.rules, scope);
  const out: Record<string, RuleSetting> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string' && RULE_SETTINGS.includes(value as RuleSetting))
      out[code] = value as RuleSetting;
  }
  return out;
}

export function lintRun(scope?: vscode.Uri): LintRun {
  return get<string>(Settings.lintRun, scope) === 'onSave' ? 'onSave' : 'onType';
}

export function lintWorkspace(): boolean {
  return get<boolean>(Settings.lintWorkspace) !== false;
}

export function calendarSystem(): CalendarSystem {
  return get<string>(Settings.calendarSystem) === 'persian' ? 'persian' : 'gregorian';
}

export function codeLensEnabled(scope?: vscode.Uri): boolean {
  return get<boolean>(Settings.codeLensEnabled, scope) !== false;
}

/** `strategy.approver`, trimmed; undefined when unset or blank (then git's `user.name` is asked). */
export function approver(): string | undefined {
  const name = get<unknown>(Settings.approver);
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/**
 * `strategy.calendar.system` when the user set it (in any scope): it overrides how panels draw a
 * file's calendar. Unset, each file is drawn in its own calendar system.
 */
export function calendarSystemOverride(): CalendarSystem | undefined {
  const [head, rest] = section(Settings.calendarSystem);
  const set = vscode.workspace.getConfiguration(head).inspect<string>(rest);
  const value = set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  return value === 'persian' || value === 'gregorian' ? value : undefined;
}

/** `strategy.locale`: the language the tool speaks about every file ('auto': the file's, then the editor's). */
export function locale(): 'auto' | 'en' | 'fa' {
  const value = get<string>(Settings.locale);
  return value === 'en' || value === 'fa' ? value : 'auto';
}
