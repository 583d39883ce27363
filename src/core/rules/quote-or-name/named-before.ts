import type { Token } from '../../tokens';
import { weighs } from './context';

/** „Der Name lautet „…““, „Den Namen der Sendung gab das ZDF bekannt: „…““: a name, not words. */
export const namedBefore = weighs('quote-or-name/named-before', 'A name or title is announced just before the quote („Der Name lautet „…““).', -4, (e) => !e.slogan && titledBefore(e.t, e.sa, e.qa));

/** Whether „Name“, „Titel“ or the like stands among the twelve tokens before qa (from `from` on). */
export function titledBefore(t: Token[], from: number, qa: number): boolean {
  for (let k = Math.max(from, qa - 12); k < qa; k++) if (/^(Name|Namen|Titel|Bezeichnung|Arbeitstitel)$/.test(t[k].text)) return true;
  return false;
}
