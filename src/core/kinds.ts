// The kinds of things Zitatlupe names, in one place: speech types, hedge kinds, annotation kinds
// and decision states. Everything else derives from these tables — the sidecar validator and its
// JSON Schema (checked by a test), brat's annotation.conf, the editor's pickers and labels, the
// Markdown report. Adding a kind is one line here plus its German words in l10n/bundle.l10n.de.json
// (a test fails while one is missing). Labels are English; the UI translates them by these keys.
import de from '../../l10n/bundle.l10n.de.json';

const SPEECH_TYPE_INFO = {
  direct: { label: 'direct quote', group: 'Direct' },
  indirect: { label: 'indirect speech', group: 'Indirect' },
  reported: { label: 'reported speech', group: 'Reported' },
  free_indirect: { label: 'free indirect speech', group: 'Free indirect' },
} as const;

const HEDGE_KIND_INFO = {
  epistemic: { label: 'epistemic', explanation: 'presents the claim as probable or apparent, not as fact' },
  reportive: { label: 'reportive', explanation: 'passes on a claim made by others without vouching for it' },
  modal: { label: 'modal', explanation: 'a modal verb marks the claim as possible or likely' },
  belief: { label: 'belief', explanation: 'someone believes or assumes this; it is not established' },
  uncertainty: { label: 'uncertainty', explanation: 'the text says the matter is unclear or unconfirmed' },
  vague_source: { label: 'vague source', explanation: 'the source is not named' },
} as const;

const ANNOTATION_KIND_INFO = {
  quote: { label: 'quote' },
  hedge: { label: 'hedge' },
  speaker: { label: 'speaker' },
  note: { label: 'note' },
} as const;

const STATUS_INFO = {
  suggested: { label: 'suggested' },
  accepted: { label: 'accepted' },
  rejected: { label: 'rejected' },
} as const;

export type SpeechType = keyof typeof SPEECH_TYPE_INFO;
export type HedgeKind = keyof typeof HEDGE_KIND_INFO;
export type BuiltinKind = keyof typeof ANNOTATION_KIND_INFO;
/** The editor's decision. Whether the text can still be found is separate (`orphaned`). */
export type AnnotationStatus = keyof typeof STATUS_INFO;

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T)[];
export const SPEECH_TYPES: readonly SpeechType[] = keys(SPEECH_TYPE_INFO);
export const HEDGE_KINDS: readonly HedgeKind[] = keys(HEDGE_KIND_INFO);
export const BUILTIN_KINDS: readonly BuiltinKind[] = keys(ANNOTATION_KIND_INFO);
export const STATUSES: readonly AnnotationStatus[] = keys(STATUS_INFO);

export const speechTypeInfo = (t: SpeechType) => SPEECH_TYPE_INFO[t];
export const hedgeKindInfo = (k: HedgeKind) => HEDGE_KIND_INFO[k];
export const annotationKindInfo = (k: BuiltinKind) => ANNOTATION_KIND_INFO[k];
export const statusInfo = (s: AnnotationStatus) => STATUS_INFO[s];

export const isSpeechType = (x: unknown): x is SpeechType => typeof x === 'string' && Object.hasOwn(SPEECH_TYPE_INFO, x);
export const isHedgeKind = (x: unknown): x is HedgeKind => typeof x === 'string' && Object.hasOwn(HEDGE_KIND_INFO, x);
export const isStatus = (x: unknown): x is AnnotationStatus => typeof x === 'string' && Object.hasOwn(STATUS_INFO, x);

/** Every label and explanation of these tables: the strings a translation must cover. */
export function kindStrings(): string[] {
  const out: string[] = [];
  for (const table of [SPEECH_TYPE_INFO, HEDGE_KIND_INFO, ANNOTATION_KIND_INFO, STATUS_INFO]) {
    for (const info of Object.values(table)) for (const s of Object.values(info)) out.push(s as string);
  }
  return out;
}

export type Locale = 'en' | 'de';

/** A label in the given language: English as written here, German from the UI's translations. */
export function localized(english: string, locale: Locale): string {
  return locale === 'de' ? (de as Record<string, string>)[english] ?? english : english;
}
