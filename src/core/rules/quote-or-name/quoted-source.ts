import { isCapitalized } from '../../tokens';
import { weighs } from './context';

/** „„Die Zeit“ meldet“, „Wie „heise online“ berichtet“: the quoted name is the source, not speech. */
export const quotedSource = weighs('quote-or-name/quoted-source', 'A verb of saying follows the quote directly („„Die Zeit“ meldet“): the quote names the source.', -3,
  (e) => !!e.next && e.next.kind === 'word' && !isCapitalized(e.next) && e.lex.verb(e.next.lower).some((v) => v.cls === 'say' || v.cls === 'name') && e.prev?.text !== ',');
