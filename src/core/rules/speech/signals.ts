// One cheap pass before the real work: which kinds of speech signal a sentence has at all (a verb
// of saying, a source preposition, „heißt es“, a noun of saying, Konjunktiv or „soll“, „so“).
// Sentences with none stop here; the others run only the rules whose trigger signals they have.
import type { SentenceTokens } from '../../grammar/view';
import type { KonjunktivRecogniser } from '../../konjunktiv';
import type { Lexicon } from '../../lexicon';
import { WordFilter } from '../../wordfilter';

export const FRAME = 1, VERB = 2, HEISST = 4, NOUN = 8, MOOD = 16, SO = 32, POINTER = 64;

export function speechSignals(st: SentenceTokens, sa: number, sb: number, konj: KonjunktivRecogniser): number {
  const t = st.tokens;
  const { signals, filter } = signalTable(st.lex, konj);
  let has = 0;
  for (let k = sa; k < sb; k++) {
    const tok = t[k];
    if (tok.kind !== 'word') continue;
    const w = tok.lower;
    if (filter.mayHave(w)) has |= signals.get(w) ?? 0;
    if (tok.text.charCodeAt(0) !== w.charCodeAt(0) && st.lex.isSpeechNoun(tok.text)) has |= NOUN;
  }
  return has;
}

interface SignalTable {
  signals: Map<string, number>;
  filter: WordFilter;
}
const signalTables = new WeakMap<Lexicon, WeakMap<KonjunktivRecogniser, SignalTable>>();

/** The signals of each lower-case word in one table, so that the pass costs one lookup per word. */
function signalTable(lex: Lexicon, konj: KonjunktivRecogniser): SignalTable {
  // (Asked once per sentence, nearly always for the same lexicons.)
  if (lastSignals?.lex === lex && lastSignals.konj === konj) return lastSignals.table;
  let byKonj = signalTables.get(lex);
  if (!byKonj) signalTables.set(lex, (byKonj = new WeakMap()));
  let table = byKonj.get(konj);
  if (!table) byKonj.set(konj, (table = buildSignalTable(lex, konj)));
  lastSignals = { lex, konj, table };
  return table;
}
let lastSignals: { lex: Lexicon; konj: KonjunktivRecogniser; table: SignalTable } | undefined;

function buildSignalTable(lex: Lexicon, konj: KonjunktivRecogniser): SignalTable {
  const signals = new Map<string, number>();
  const add = (w: string, flag: number) => signals.set(w, (signals.get(w) ?? 0) | flag);
  for (const w of lex.verbForms()) add(w, VERB);
  for (const w of konj.allForms()) add(w, MOOD);
  for (const w of ['laut', 'gemäß', 'zufolge', 'nach']) add(w, FRAME);
  for (const w of ['heißt', 'hieß']) add(w, HEISST | VERB);
  add('so', SO);
  for (const w of ['demnach', 'danach']) add(w, POINTER);
  for (const w of ['soll', 'sollen']) add(w, MOOD);
  return { signals, filter: new WordFilter(signals.keys()) };
}
