// Localised words for the core's enums, shared by hovers, the navigator and the status bar.
import * as vscode from 'vscode';
import type { HedgeKind, Speaker, SpeechType } from '../core';

export function speechTypeLabel(t: SpeechType): string {
  switch (t) {
    case 'direct': return vscode.l10n.t('direct quote');
    case 'indirect': return vscode.l10n.t('indirect speech');
    case 'reported': return vscode.l10n.t('reported speech');
    case 'free_indirect': return vscode.l10n.t('free indirect speech');
  }
}

export function speechTypeGroupLabel(t: SpeechType): string {
  switch (t) {
    case 'direct': return vscode.l10n.t('Direct');
    case 'indirect': return vscode.l10n.t('Indirect');
    case 'reported': return vscode.l10n.t('Reported');
    case 'free_indirect': return vscode.l10n.t('Free indirect');
  }
}

/** A hedge kind in plain words, as an editor would explain it. */
export function hedgeKindLabel(k: HedgeKind): { name: string; explanation: string } {
  switch (k) {
    case 'epistemic': return { name: vscode.l10n.t('epistemic'), explanation: vscode.l10n.t('presents the claim as probable or apparent, not as fact') };
    case 'reportive': return { name: vscode.l10n.t('reportive'), explanation: vscode.l10n.t('passes on a claim made by others without vouching for it') };
    case 'modal': return { name: vscode.l10n.t('modal'), explanation: vscode.l10n.t('a modal verb marks the claim as possible or likely') };
    case 'belief': return { name: vscode.l10n.t('belief'), explanation: vscode.l10n.t('someone believes or assumes this; it is not established') };
    case 'uncertainty': return { name: vscode.l10n.t('uncertainty'), explanation: vscode.l10n.t('the text says the matter is unclear or unconfirmed') };
    case 'vague_source': return { name: vscode.l10n.t('vague source'), explanation: vscode.l10n.t('the source is not named') };
  }
}

export function speakerKindLabel(k: Speaker['kind']): string {
  switch (k) {
    case 'person': return vscode.l10n.t('person');
    case 'organisation': return vscode.l10n.t('organisation');
    default: return vscode.l10n.t('source');
  }
}
