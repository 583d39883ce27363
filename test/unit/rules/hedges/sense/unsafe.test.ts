import { ruleTester } from '../../tester';

ruleTester('hedges/sense/unsafe').run({
  valid: [
    'Der Ausgang der Wahl ist unsicher.',
    'Die Lotsin war sich unsicher, ob die Fähre kommt.',
  ],
  invalid: [
    { text: 'Für das Amt ist der Kai unsicher und gefährlich.', expect: { at: 'unsicher' } },
    { text: 'Das alte Protokoll gilt seit Jahren als unsicher.', expect: { at: 'unsicher' } },
  ],
});
