import { weighs } from './context';

/** „…“, wie sich die Junta selbst nennt: a name someone gives themselves. */
export const selfNaming = weighs('quote-or-name/self-naming', '„…“, wie sich X nennt: a name someone gives themselves.', -4,
  (e) => e.after.some((x, i) => x.lower === 'sich' && e.after.slice(i + 1, i + 6).some((y) => /^(nennt|nennen|nannte|nannten|bezeichnet|bezeichnen|bezeichnete|bezeichneten)$/.test(y.lower))));
