import { isCapitalized } from '../../tokens';
import { weighs } from './context';

/** Lower-case fragments are words taken from someone, not names. */
export const lowerCaseFragment = weighs('quote-or-name/lower-case-fragment', 'The quoted words start in lower case (a fragment of speech, not a name).', 0.5, (e) => e.words.length > 0 && !isCapitalized(e.words[0]));
