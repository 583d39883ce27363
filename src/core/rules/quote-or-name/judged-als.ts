import { weighs } from './context';

/** Verbs of judging that take someone's words with „als“: bezeichnet, eingestuft, sieht, wertet … */
const EVALUATIVE = /^(bezeichne|beschrieb|beschreib|eingestuft|einstuf|stufte|gesehen|sieht|sah|sehen|gewertet|wertet|werten|bewertet|bewertete|empfunden|empfand|empfinden|abgetan|tat|dargestellt|darstellt|stellte|betrachtet|betrachtete|gilt|galt|kritisiert)/;

/**
 * „als „extrem“ bezeichnet“, „als „Kapitulation“ sieht“, „als „sehr hoch“ eingestuft“: someone's
 * words quoted as their judgement.
 */
export const judgedAls = weighs('quote-or-name/judged-als', '„als „…“ bezeichnet“: words quoted as someone\'s judgement after „als“ and a verb of judging or naming.', 3.5,
  (e) => e.prev?.lower === 'als' && e.after.some((x) => x.kind === 'word' && (EVALUATIVE.test(x.lower) || e.lex.verb(x.lower).some((v) => v.cls === 'name'))));
