import { saidAlone, weighs } from './context';

/** Pronouns, articles and particles: quoted alone, they are the word itself, talked about. */
const FUNCTION_WORD = /^(ich|du|er|sie|es|wir|ihr|ihnen|ihm|ihn|uns|euch|mich|mir|dich|dir|sich|man|der|die|das|ein|eine|und|oder|aber|nicht|kein|keine|ja|nein|wir|unser|unsere|ihre|ihr|sein|seine|hier|dort|jetzt|so|wie|wer|was|wo|wann|warum|ob|dass|wenn|weil)$/;

/** „Ob mit „ihnen“ die Ukrainer gemeint sind“: a single quoted function word is mentioned, not said (an answer is said: „„Nein“, sagte sie“). */
export const mentionedWord = weighs('quote-or-name/mentioned-word', 'A single quoted pronoun or function word („ihnen“, „wir“) is the word talked about, not speech.', -4,
  (e) => e.words.length === 1 && e.inner.length <= 8 && FUNCTION_WORD.test(e.words[0].lower) && !e.terminal && !saidAlone(e));
