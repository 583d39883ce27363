import { weighs } from './context';

/** Slogans are what people chant or carry: „Parolen wie „Stoppt …““, „mit der Aufschrift „…““ — words, even when they look like a name. */
export const slogan = weighs('quote-or-name/slogan', 'A noun of chanting or carrying before the quote („Parolen wie „…““, „Aufschrift „…““).', 3, (e) => e.slogan);
