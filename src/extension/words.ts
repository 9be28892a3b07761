// The words the extension shows for a goal's verdict and its SMART letters: the core's words (the
// CodeLens and the CLI say the same), localized. One table; the metadata test checks the English.
import * as vscode from 'vscode';
import type { SmartLetter, Verdict } from '../core';

export const VERDICT_LABEL: Record<Verdict, () => string> = {
  achieved: () => vscode.l10n.t('achieved'),
  'insufficient-data': () => vscode.l10n.t('not enough data yet'),
  'on-track': () => vscode.l10n.t('on track'),
  'at-risk': () => vscode.l10n.t('at risk'),
  'off-track': () => vscode.l10n.t('off track'),
};

export const SMART_LABEL: Record<SmartLetter, () => string> = {
  S: () => vscode.l10n.t('specific'),
  M: () => vscode.l10n.t('measurable'),
  A: () => vscode.l10n.t('achievable'),
  R: () => vscode.l10n.t('relevant'),
  T: () => vscode.l10n.t('time-bound'),
};
