import { weighs } from './context';

/** Most quoted strings in news are titles, names and scare quotes: speech has to be shown. */
export const prior = weighs('quote-or-name/prior', 'A quoted string is a name or title unless evidence says otherwise (the starting log-odds).', -1.5, () => true);
