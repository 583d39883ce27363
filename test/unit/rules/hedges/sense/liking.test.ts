import { ruleTester } from '../../tester';

// `invalid`: the sense rejects the hedge reading; `valid`: „mag“ weighs a chance.
ruleTester('hedges/sense/liking').run({
  valid: [
    'Das mag dauern.',
    'Der Kapitän mag ein guter Segler gewesen sein, mit der Lotsin konnte er nicht mithalten.',
    'So knapp der Sieg sein mag, die Halle jubelt.',
    'Die Fotos mögen den Eindruck einer Idylle erwecken.',
  ],
  invalid: [
    { text: 'Die Kapitänin mag Kaffee.', expect: { at: 'mag' } },
    { text: 'Wer mag, kann mitfahren.', expect: { at: 'mag' } },
    { text: 'Kinder mögen Eis.', expect: { at: 'mögen' } },
    { text: 'Die Werft mag die Daten nicht herausgeben.', expect: { at: 'mag' } },
  ],
});
