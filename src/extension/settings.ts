// Typed access to the extension's settings (contributed in package.json).
import * as vscode from 'vscode';
import type { Layer, Severity } from '../core';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  languages: string[];
  delay: number;
  /** Each turn of an interview as a direct quote of its speaker (core option `interviewTurns`). */
  interviewTurns: boolean;
  layers: Record<Layer, boolean>;
  severity: { unbalancedQuote: SeveritySetting; quoteWithoutSpeaker: SeveritySetting; authorHedge: SeveritySetting };
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration('zitatlupe');
  return {
    languages: c.get<string[]>('languages', ['german-news']),
    delay: Math.max(0, c.get<number>('analysisDelay', 30)),
    interviewTurns: c.get<boolean>('interviewTurns', false),
    layers: {
      directQuotes: c.get<boolean>('layers.directQuotes', true),
      reportedSpeech: c.get<boolean>('layers.reportedSpeech', true),
      speakers: c.get<boolean>('layers.speakers', true),
      cues: c.get<boolean>('layers.cues', true),
      hedges: c.get<boolean>('layers.hedges', true),
    },
    severity: {
      unbalancedQuote: c.get<SeveritySetting>('diagnostics.unbalancedQuote', 'warning'),
      quoteWithoutSpeaker: c.get<SeveritySetting>('diagnostics.quoteWithoutSpeaker', 'information'),
      authorHedge: c.get<SeveritySetting>('diagnostics.authorHedge', 'off'),
    },
  };
}
