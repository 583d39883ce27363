import { weighs } from './context';

/** Naming verbs take their object in quotes: „bezeichnete X als „Knaller aus Karlsruhe““. */
export const namingVerb = weighs('quote-or-name/naming-verb', 'The quote is the object of a verb of naming („nannte es „…““).', 1.5, (e) => e.attr.verb?.cls === 'name' && e.prev?.kind === 'word');
