import { isCapitalized } from '../../tokens';
import { weighs } from './context';

/** „„Kaiser“ genannt“: a name given. (Not a verdict in lower case: „hat den Kai „völlig marode“ genannt“.) */
export const genannt = weighs('quote-or-name/genannt', '„…“ genannt: a name given.', -2, (e) => e.next?.lower === 'genannt' && !!e.words[0] && isCapitalized(e.words[0]));
