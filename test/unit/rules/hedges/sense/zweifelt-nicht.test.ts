import { ruleTester } from '../../tester';

ruleTester('hedges/sense/zweifelt-nicht').run({
  valid: [
    'Die Lotsin zweifelt an der Statik des Kais.',
    'Viele zweifelten, ob die Fähre rechtzeitig fertig wird.',
  ],
  invalid: [
    { text: 'Die Lotsin zweifelt nicht an der Statik des Kais.', expect: { at: 'zweifelt' } },
    { text: 'Niemand zweifelte daran, dass die Fähre fährt.', expect: { at: 'zweifelte' } },
  ],
});
