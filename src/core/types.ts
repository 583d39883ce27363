// Data shapes shared by the analysis core, the CLI and the editor layer.
// Offsets are JavaScript string (UTF-16) indices into the analysed text, end exclusive.
import type { Why } from './engine/rule';

export type { Why };

export interface Range {
  start: number;
  end: number;
}

export interface Span extends Range {
  text: string;
  /** Pieces of a discontinuous span (an interrupted quote, „teilte … mit“). */
  segments?: Span[];
}

export type { SpeechType, HedgeKind } from './kinds';
import type { HedgeKind, SpeechType } from './kinds';

export interface SpeakerMention extends Span {
  /** Id of the registry entry this mention resolves to, when resolved. */
  speakerId?: string;
  /** Resolved display name ("Wladimir Putin"). */
  name?: string;
}

export interface Quote extends Span {
  id: string;
  type: SpeechType;
  speaker: SpeakerMention | null;
  cue: Span | null;
  /** 0..1, how sure the detector is that this is speech and not a title or scare quote. */
  confidence: number;
  /** Whether the closing mark was missing (multi-paragraph quote or an unbalanced mark). */
  open?: boolean;
  /** Which rules made this quote, its speaker and cue; present when the analysis was asked to explain. */
  why?: Why;
  /** Who passed the words on, when that is not the speaker: „wird von der BBC zitiert“. */
  medium?: SpeakerMention;
}


export interface Hedge extends Span {
  /** Content-derived, like a quote's id, so decisions about it survive edits elsewhere. */
  id: string;
  kind: HedgeKind;
  /** The sentence the hedge qualifies. */
  sentence: Range;
  /** True when the hedge stands inside a direct quote or the content of indirect speech: the speaker hedges, not the author. */
  inQuote: boolean;
  /** For a reportive „soll … haben“: the claim it qualifies. */
  claim?: Range;
  /** Which rule found this hedge; present when the analysis was asked to explain. */
  why?: Why;
}

export interface Speaker {
  id: string;
  name: string;
  role?: string;
  aliases: string[];
  kind: 'person' | 'organisation' | 'unknown';
  /** Every mention in the article that resolves to this speaker, in text order. */
  mentions: Range[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Diagnostic extends Range {
  code: 'unbalanced-quote' | 'unclosed-quote' | 'quote-without-speaker' | 'binary-input' | 'hedge-author-voice' | 'analysis-limited';
  severity: Severity;
  message: string;
}

export interface Paragraph extends Range {
  kind: 'header' | 'heading' | 'paragraph';
}

export interface ArticleHeader {
  date?: string;
  fields: Record<string, string>;
  range?: Range;
}

export interface Analysis {
  header: ArticleHeader;
  paragraphs: Paragraph[];
  quotes: Quote[];
  hedges: Hedge[];
  speakers: Speaker[];
  diagnostics: Diagnostic[];
}
