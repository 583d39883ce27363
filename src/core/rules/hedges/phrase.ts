import type { Token } from '../../tokens';
import { found, type Found, type HedgeContext, type HedgeRule } from './context';

const id = 'hedges/phrase';

/** Multi-word cues first: they are more specific than any of their words („allem Anschein nach“, „noch nicht bestätigt“, „heißt es“). */
export const phrase: HedgeRule = {
  id,
  description: 'A multi-word hedge of the lexicon („allem Anschein nach“, „nicht ausgeschlossen“, „hieß es“).',
  appliesTo: (_w, entry) => !!entry?.phrases,
  match({ toks, i, lex }: HedgeContext): Found | null {
    const p = lex.lookup(toks[i].lower)?.phrases?.find((x) => x.words.every((pw, k) => toks[i + k]?.lower === pw));
    if (!p || namedDocument(toks, i, p.words)) return null;
    return found(toks, i, i + p.words.length - 1, p.kind, id);
  },
};

/** „hieß es in der Rede“, „heißt es in einem Schreiben“ attribute to a document, not to hearsay. */
function namedDocument(toks: Token[], i: number, words: string[]): boolean {
  if (words[1] !== 'es' && words[0] !== 'es') return false;
  const after = toks[i + words.length];
  return after?.lower === 'in' && /^(der|dem|einem|einer|seiner|ihrer)$/.test(toks[i + words.length + 1]?.lower ?? '');
}
