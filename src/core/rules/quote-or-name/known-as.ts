import { weighs } from './context';

/** „das als „Hafenkönig“ bekannte Lokal“, „unter dem Namen „…“ bekannt“: a name something is known by. */
export const knownAs = weighs('quote-or-name/known-as', '„als „…“ bekannt“: the name something is known by.', -3,
  (e) => e.prev?.lower === 'als' && /^(bekannt|bekannte|bekannten|bekannter|bekanntes|bekanntem|berühmt|berühmte|berühmten|genannte|genannten)$/.test(e.next?.lower ?? ''));
