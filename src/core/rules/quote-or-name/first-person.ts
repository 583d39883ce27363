import { weighs } from './context';

const FIRST_PERSON = new Set(['ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres', 'mein', 'meine', 'meiner', 'meinen', 'meinem', 'meines', 'du', 'dich', 'dir', 'euch', 'ihr']);

/** „Wir sind bereit“: first and second person speak. */
export const firstPerson = weighs('quote-or-name/first-person', 'The quoted words speak in the first or second person („ich“, „wir“, „unser“, „du“).', 2, (e) => e.words.some((w) => FIRST_PERSON.has(w.lower)));
