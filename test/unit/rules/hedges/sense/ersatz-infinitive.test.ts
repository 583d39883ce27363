import { ruleTester } from '../../tester';

ruleTester('hedges/sense/ersatz-infinitive').run({
  valid: [
    // The finite modal, not its perfect: a claim passed on.
    'Die Lotsin soll den Kai beschädigt haben.',
    'Der Kapitän will nichts gesehen haben.',
    // „haben“ as the perfect of the claimed act, after the finite modal.
    'Die Lotsen sollen sich am Kai getroffen haben.',
  ],
  invalid: [
    // A plan gone unmet: no perfect of a reportive modal exists.
    { text: 'Eigentlich hätte der neue Kai schon im Mai in Betrieb gehen sollen.', expect: { at: 'sollen' } },
    { text: 'Die Fähre hätte 2020 fertig sein sollen.', expect: { at: 'sollen' } },
    { text: 'Der Kapitän hat nicht warten wollen.', expect: { at: 'wollen' } },
    // Verb-final, after the finite „hätte“.
    { text: 'Die Lotsin ärgerte sich, weil sie hätte kommen sollen.', expect: { at: 'sollen' } },
    { text: 'Das Boot hätte dort nicht liegen können.', expect: { at: 'können' } },
  ],
});
