import { ruleTester } from '../../tester';

ruleTester('hedges/sense/ohne-zweifel').run({
  valid: [
    'Es gibt Zweifel am Kai.',
    'Die Lotsen haben erhebliche Zweifel an der Planung.',
  ],
  invalid: [
    { text: 'Der Kai ist ohne Zweifel zu kurz.', expect: { at: 'Zweifel' } },
    // A denied or belittled doubt affirms, also with an adjective between.
    { text: 'Am Kai bestehen keine ernsthaften Zweifel an der Statik.', expect: { at: 'Zweifel' } },
    { text: 'Der Fahrplan der Fähre lässt wenig Zweifel: Sie fährt im Mai.', expect: { at: 'Zweifel' } },
    { text: 'Der Kapitän ließ, nach langem Zögern, keinen Zweifel daran.', expect: { at: 'Zweifel' } },
    // „im Zweifel“ means „if in doubt“: a rule of conduct, no doubt about a claim.
    { text: 'Im Zweifel entscheidet der Hafenmeister.', expect: { at: 'Zweifel' } },
  ],
});
