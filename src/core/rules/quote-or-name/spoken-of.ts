import { weighs, type QuoteEvidence } from './context';

/** „von einem „schweren Eingriff“ spricht“, „warnte vor … von „…““: words someone speaks of (looked for near the quote: a sentence may hold many). */
export const spokenOf = weighs('quote-or-name/spoken-of', '„von einem „…“ sprechen“: words someone speaks or warns of.', 2, (e) => isSpokenOf(e));

const SPEAKS = /^(spricht|sprach|sprachen|sprechen|gesprochen|redet|redete)$/;
const WARNS = /^(warnt|warnte|warnten|warnen|gewarnt)$/;

/** Whether the quote is what someone speaks or warns of: „von“ within twelve tokens before it and a verb of speaking near. */
export function isSpokenOf(e: QuoteEvidence): boolean {
  const near = e.t.slice(Math.max(e.sa, e.qa - 12), e.qa);
  // (Also what someone warns of with „vor“: „warnte vor einem „Kollaps““.)
  const verbs = [...near, ...e.after];
  const warns = verbs.some((x) => WARNS.test(x.lower));
  return (near.some((x) => x.lower === 'von') && (warns || verbs.some((x) => SPEAKS.test(x.lower)))) || (near.some((x) => x.lower === 'vor') && warns);
}
