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

/**
 * Counts in words with the plural form German and English both need („1 Zitat“, „2 Zitate“).
 * Each form is its own message, so translators see whole phrases.
 */
export const counted = {
  quotes: (n: number) => (n === 1 ? vscode.l10n.t('{0} quote', n) : vscode.l10n.t('{0} quotes', n)),
  speakers: (n: number) => (n === 1 ? vscode.l10n.t('{0} speaker', n) : vscode.l10n.t('{0} speakers', n)),
  hedges: (n: number) => (n === 1 ? vscode.l10n.t('{0} hedge', n) : vscode.l10n.t('{0} hedges', n)),
  annotations: (n: number) => (n === 1 ? vscode.l10n.t('{0} annotation', n) : vscode.l10n.t('{0} annotations', n)),
  items: (n: number) => (n === 1 ? vscode.l10n.t('{0} item', n) : vscode.l10n.t('{0} items', n)),
  movedDecisions: (n: number) => (n === 1 ? vscode.l10n.t('{0} decision followed its text to where it is now', n) : vscode.l10n.t('{0} decisions followed their text to where it is now', n)),
  orphansLeftOut: (n: number) => (n === 1 ? vscode.l10n.t('{0} orphaned annotation left out (its text is no longer found)', n) : vscode.l10n.t('{0} orphaned annotations left out (their text is no longer found)', n)),
  articles: (n: number) => (n === 1 ? vscode.l10n.t('{0} article', n) : vscode.l10n.t('{0} articles', n)),
  places: (n: number) => (n === 1 ? vscode.l10n.t('{0} place', n) : vscode.l10n.t('{0} places', n)),
  wordings: (n: number) => (n === 1 ? vscode.l10n.t('{0} wording', n) : vscode.l10n.t('{0} wordings', n)),
  fromArticles: (n: number) => (n === 1 ? vscode.l10n.t('from {0} article', n) : vscode.l10n.t('from {0} articles', n)),
};
