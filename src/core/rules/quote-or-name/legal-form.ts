import { weighs } from './context';

/** Legal forms of companies and associations ending a name: „Hafen & Co. GmbH“, „Lotsenbrüder e.V.“. */
const LEGAL_FORM = /\s(GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|UG|SE|e\.\s?V\.|Ltd\.?|Inc\.?|plc|LLC|Corp\.?|S\.A\.|N\.V\.|SpA|S\.p\.A\.|SARL)$/;

/** A quote ending in a legal form names a company or association. */
export const legalForm = weighs('quote-or-name/legal-form', 'The quote ends in a legal form („GmbH“, „AG“, „e.V.“, „Ltd“): it names a company or association.', -4, (e) => {
  return e.words.length >= 2 && LEGAL_FORM.test(e.inner);
});
