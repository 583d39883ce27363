import type { Token } from '../../tokens';
import { weighs } from './context';

/** „Stadtfest“ („fête de la ville“), „Kai“ (engl. „quay“): a quote in brackets right after a term translates it. */
export const translationInBrackets = weighs('quote-or-name/translation-in-brackets', 'A quote in brackets right after a term (or after „engl.“, „dt.“, „übersetzt“) gives its translation.', -3, (e) => isTranslation(e.t, e.qa, e.qb));

/** Whether the quote at tokens [qa, qb] stands in brackets right after a quoted or capitalised term. */
export function isTranslation(t: Token[], qa: number, qb: number): boolean {
  const marker = (k: number) => /^(engl|dt|frz|span|ital|lat|übersetzt|wörtlich|deutsch|englisch|auf deutsch)$/.test(t[k]?.lower ?? '');
  // „(„…“)“, „(übersetzt „…“)“, „(engl. „…“)“.
  const open = t[qa - 1]?.text === '(' ? qa - 1 : t[qa - 2]?.text === '(' && marker(qa - 1) ? qa - 2 : t[qa - 3]?.text === '(' && marker(qa - 2) && t[qa - 1].text === '.' ? qa - 3 : -1;
  return open > 0 && t[qb + 1]?.text === ')' && (t[open - 1]?.kind === 'quote' || (t[open - 1]?.kind === 'word' && t[open - 1].text !== t[open - 1].lower));
}
