import { ruleTester } from '../../tester';

ruleTester('hedges/sense/denken-an').run({
  valid: [
    'Ich denke, der Kai ist zu kurz.',
    // A belief with its dass-clause, whoever holds it.
    'Viele Lotsen denken, dass der Kai zu kurz ist.',
    'Die Fachleute denken wohl, dass der Kai bald bricht.',
  ],
  invalid: [
    { text: 'Die Lotsin denkt ständig an den Kai, dass er bricht.', expect: { at: 'denkt' } },
    { text: 'Die Lotsen sollen alle dasselbe denken, dasselbe tun.', expect: { at: 'denken' } },
    { text: 'Die Lotsin denkt an den Kai.', expect: { at: 'denkt' } },
    { text: 'Die Stärke der Mannschaft, ich denke an die Abwehr, ist groß.', expect: { at: 'denke' } },
  ],
});
