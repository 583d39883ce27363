// Localised words for the core's enums, shared by hovers, the navigator and the status bar.
import * as vscode from 'vscode';
import { hedgeKindInfo, speechTypeInfo, type HedgeKind, type Speaker, type SpeechType } from '../core';

// (The English words are in core/kinds.ts, one table for every kind; the translations in l10n/.)
export function speechTypeLabel(t: SpeechType): string {
  return vscode.l10n.t(speechTypeInfo(t).label);
}

export function speechTypeGroupLabel(t: SpeechType): string {
  return vscode.l10n.t(speechTypeInfo(t).group);
}

/** A hedge kind in plain words, as an editor would explain it. */
export function hedgeKindLabel(k: HedgeKind): { name: string; explanation: string } {
  const info = hedgeKindInfo(k);
  return { name: vscode.l10n.t(info.label), explanation: vscode.l10n.t(info.explanation) };
}

export function speakerKindLabel(k: Speaker['kind']): string {
  switch (k) {
    case 'person': return vscode.l10n.t('person');
    case 'organisation': return vscode.l10n.t('organisation');
    default: return vscode.l10n.t('source');
  }
}
