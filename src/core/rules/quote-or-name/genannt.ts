import { weighs } from './context';

/** „„Kaiser“ genannt“: a name given. */
export const genannt = weighs('quote-or-name/genannt', '„…“ genannt: a name given.', -2, (e) => e.next?.lower === 'genannt');
