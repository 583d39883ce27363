import type { Lexicon } from '../../lexicon';
import type { Token } from '../../tokens';
import { weighs } from './context';

/** „die so genannte „Troika““, „Spitzname „Kaiser““: a marker before the quote names what follows. */
export const nicknameMarker = weighs('quote-or-name/nickname-marker', 'A marker of names stands before the quote („sogenannte „…““, „Spitzname „…““).', -4, (e) => nicknamed(e.t, e.qa, e.lex));

export function nicknamed(t: Token[], qa: number, lex: Lexicon): boolean {
  const prev = t[qa - 1];
  const prev2 = t[qa - 2];
  return !!prev && prev.kind === 'word' && (lex.nicknameMarkers.has(prev.lower) || (!!prev2 && lex.nicknameMarkers.has(`${prev2.lower} ${prev.lower}`)));
}
