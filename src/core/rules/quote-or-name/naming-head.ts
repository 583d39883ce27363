import { AUXILIARIES } from '../../grammar/words';
import { weighs, type QuoteEvidence } from './context';

/** Nouns that open names of bodies, campaigns, works, laws, prizes and events. */
const NAMING_HEAD = /^(bündnis|initiative|aktion|kampagne|operation|gesetz|verordnung|richtlinie|preis|festival|konferenz|programm|projekt|verein|stiftung|netzwerk|plattform|allianz|forum|bewegung|liste|partei|fraktion|komitee|koalition|gruppe|verband|institut|akademie|museum|theater|ausstellung|messe|gipfel|turnier|pokal|cup|award|tag|woche|jahr|haus|zentrum|plan|pakt|abkommen|vertrag|charta|mission)$/;

/**
 * „Bündnis gegen rechts“, „Aktion saubere Stadt“, „Gesetz zur Stärkung der Hafenwirtschaft“: a
 * quote that opens with a noun naming a body, campaign, law, work or event, and says nothing (no
 * verb, no sentence end), is that thing's name.
 */
export const namingHead = weighs('quote-or-name/naming-head', 'The quote opens with a noun that names bodies, campaigns, laws, works or events („Bündnis …“, „Aktion …“, „Gesetz …“), with no verb: a name.', -2,
  (e) => e.words.length >= 2 && e.words[0].text !== e.words[0].lower && NAMING_HEAD.test(e.words[0].lower) && !e.terminal && !saysSomething(e));

/** A lower-case verb of the lexicon or an auxiliary among the words (a name has neither; „gegen“ is no verb). */
const saysSomething = (e: QuoteEvidence) => e.words.some((w) => w.text === w.lower && (e.lex.verb(w.lower).length > 0 || AUXILIARIES.has(w.lower)));
