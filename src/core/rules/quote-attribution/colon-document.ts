import { attributionOf, documentBefore, DOCUMENT_POINTER, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-document';

/** „Darin steht unter anderem: „…““: the document named in the sentence before speaks. */
export const colonDocument: QuoteRule = {
  id,
  description: '„Darin heißt es: „…““: the document named in the sentence before is the source.',
  match({ st, sa, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    const cs = st.clauseStart(colon, sa);
    // „In einer Erklärung hieß es: „…““, „Aus dem Ministerium hieß es: „…““: the phrase before „hieß es“.
    if (/^(in|im|aus|bei|beim|von|vom|seitens)$/.test(t[cs].lower) && /^(heißt|hieß)$/.test(t[colon - 2]?.lower ?? '') && t[colon - 1]?.lower === 'es') {
      const np = st.nounPhrase(cs + 1, colon - 2);
      return np && np[1] === colon - 3 ? attributionOf(id, st.span(colon - 2, colon - 1), st.span(np[0], np[1]), 'colon-verb') : null;
    }
    if (!DOCUMENT_POINTER.test(t[cs].lower) || !/^(steht|stand|heißt|hieß)$/.test(t[cs + 1]?.lower ?? '')) return null;
    const document = documentBefore(st, sa);
    if (!document) return null;
    const cueEnd = /^(heißt|hieß)$/.test(t[cs + 1].lower) && t[cs + 2]?.lower === 'es' ? cs + 2 : cs + 1;
    return attributionOf(id, st.span(cs + 1, cueEnd), st.span(document[0], document[1]), 'colon-verb');
  },
};
