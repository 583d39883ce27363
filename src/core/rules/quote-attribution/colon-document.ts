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
    if (!DOCUMENT_POINTER.test(t[cs].lower) || !/^(steht|stand|heißt|hieß)$/.test(t[cs + 1]?.lower ?? '')) return null;
    const document = documentBefore(st, sa);
    if (!document) return null;
    const cueEnd = /^(heißt|hieß)$/.test(t[cs + 1].lower) && t[cs + 2]?.lower === 'es' ? cs + 2 : cs + 1;
    return attributionOf(id, st.span(cs + 1, cueEnd), st.span(document[0], document[1]), 'colon-verb');
  },
};
