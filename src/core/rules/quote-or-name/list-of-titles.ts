import type { Token } from '../../tokens';
import { weighs } from './context';

/** One of three or more quoted items in a list („…“, „…“ oder „…“): titles, as in a programme. */
export const listOfTitles = weighs('quote-or-name/list-of-titles', 'One of three or more quoted items in a list: titles, as in a programme.', -3, (e) => !e.slogan && inList(e.t, e.qa, e.qb));

/** Whether the quote at [qa, qb] is one of at least three quoted items joined by commas, „und“ or „oder“. */
export function inList(t: Token[], qa: number, qb: number): boolean {
  const joiner = (x: Token | undefined) => !!x && (x.text === ',' || x.lower === 'und' || x.lower === 'oder');
  let items = 1;
  // Backwards: „…“, [here] (counting stops at three: a long list costs no more per quote)
  for (let k = qa - 1; items < 3 && joiner(t[k]) && t[k - 1]?.kind === 'quote'; ) {
    let open = k - 2;
    while (open >= 0 && t[open].kind !== 'quote') open--;
    if (open < 0) break;
    items++;
    k = open - 1;
  }
  // Forwards: [here], „…“
  for (let k = qb + 1; items < 3 && joiner(t[k]) && t[k + 1]?.kind === 'quote'; ) {
    let close = k + 2;
    while (close < t.length && t[close].kind !== 'quote') close++;
    if (close >= t.length) break;
    items++;
    k = close + 1;
  }
  return items >= 3;
}
