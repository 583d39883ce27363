import { ruleTester } from '../../tester';

ruleTester('hedges/sense/open-question').run({
  valid: [
    'Ob der Kai hält, ist offen.',
    'Die Entscheidung über den Kai ist noch offen.',
    'Das bleibt offen.',
    'Die Hintergründe des Unfalls sind noch völlig offen.',
    // Fronted before its copula, with the question after it.
    'Offen ist noch, ob der Kai hält.',
    'Offen bleibt die Frage nach dem Geld.',
  ],
  invalid: [
    { text: 'Die Lotsin hat das Fenster offen gelassen.', expect: { at: 'offen' } },
    // A gate or a rest that is open leaves no question open.
    { text: 'Das Tor zum Kai ist offen.', expect: { at: 'offen' } },
    { text: 'Ein Kontingent von 600 Liegeplätzen ist noch offen.', expect: { at: 'offen' } },
    { text: 'Offen war die Tür zum Kai.', expect: { at: 'Offen' } },
    { text: 'Offen ist, dass die Lotsin kommt.', expect: { at: 'Offen' } },
  ],
});
