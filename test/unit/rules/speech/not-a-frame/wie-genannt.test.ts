import { wieGenannt } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(wieGenannt).run({
  valid: [
    // A verb of saying in a „wie“ clause still frames.
    'Wie der Lotse mitteilte, ist der Kai gesperrt.',
    // A verb of naming outside a „wie“ clause may take content.
    'Die Lotsin nannte es einen Fehler, dass der Kai gesperrt ist.',
  ],
  invalid: [
    { text: '„Onkel Jan“, wie man den Lotsen im Hafen nannte, blieb stets geduldig.', expect: { at: 'nannte' } },
    { text: 'Der Kai, wie ihn die Fischer nennen, ist viel zu kurz.', expect: { at: 'nennen' } },
  ],
});
