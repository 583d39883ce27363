import { weighs, type QuoteEvidence } from './context';

/** „von einem „schweren Eingriff“ spricht“, „warnte vor … von „…““: words someone speaks of (looked for near the quote: a sentence may hold many). */
export const spokenOf = weighs('quote-or-name/spoken-of', '„von einem „…“ sprechen“: words someone speaks or warns of.', 2, (e) => isSpokenOf(e));

/** Whether the quote is what someone speaks or warns of: „von“ within twelve tokens before it and a verb of speaking near. */
export function isSpokenOf(e: QuoteEvidence): boolean {
  const near = e.t.slice(Math.max(e.sa, e.qa - 12), e.qa);
  // (Also what someone warns of with „vor“: „warnte vor einem „Kollaps““.)
  const verbs = [...near, ...e.after];
  return (near.some((x) => x.lower === 'von') && verbs.some((x) => /^(spricht|sprach|sprachen|sprechen|gesprochen|redet|redete|warnt|warnte|gewarnt)$/.test(x.lower)))
    || (near.some((x) => x.lower === 'vor') && verbs.some((x) => /^(warnt|warnte|warnten|warnen|gewarnt)$/.test(x.lower)));
}
