import { weighs } from './context';

/** „wie „…““, „als „…““ without a sentence in the quote and no verb of saying: a comparison or a label. */
export const afterWieOrAls = weighs('quote-or-name/after-wie-or-als', '„wie „…““ or „als „…““ without a sentence inside and no verb of saying: a label.', -0.5,
  (e) => !!e.prev && (e.prev.lower === 'wie' || e.prev.lower === 'als') && !e.terminal && e.attr.via !== 'sentence-verb');
