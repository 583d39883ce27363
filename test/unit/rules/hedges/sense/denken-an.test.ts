import { ruleTester } from '../../tester';

ruleTester('hedges/sense/denken-an').run({
  valid: [
    'Ich denke, der Kai ist zu kurz.',
    // A belief with its dass-clause, whoever holds it.
    'Viele Lotsen denken, dass der Kai zu kurz ist.',
    'Die Fachleute denken wohl, dass der Kai bald bricht.',
    'Ich denke da anders: Der Kai hält noch Jahre.',
  ],
  invalid: [
    { text: 'Die Lotsin denkt ständig an den Kai, dass er bricht.', expect: { at: 'denkt' } },
    { text: 'Die Lotsen sollen alle dasselbe denken, dasselbe tun.', expect: { at: 'denken' } },
    { text: 'Die Lotsin denkt an den Kai.', expect: { at: 'denkt' } },
    // Particles between verb and „an“: an example brought to mind.
    { text: 'Ich denke dabei zuerst an die Fähre nach Kiel.', expect: { at: 'denke' } },
    { text: 'Man denke nur an den Sturm im letzten Mai.', expect: { at: 'denke' } },
    { text: 'Die Stärke der Mannschaft, ich denke an die Abwehr, ist groß.', expect: { at: 'denke' } },
  ],
});
