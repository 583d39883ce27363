import { weighs } from './context';

/** A web address in quotation marks is a name, never speech. */
export const webAddress = weighs('quote-or-name/web-address', 'The quote is a web address.', -5, (e) => isAddress(e.inner));

export function isAddress(inner: string): boolean {
  return /^(https?:|www\.)|\.(com|de|org|net|at|ch)$/i.test(inner);
}
