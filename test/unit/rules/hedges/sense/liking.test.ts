import { ruleTester } from '../../tester';

// `invalid`: the sense rejects the hedge reading; `valid`: „mag“ weighs a chance.
ruleTester('hedges/sense/liking').run({
  valid: [
    'Das mag dauern.',
    'Der Kapitän mag ein guter Segler gewesen sein, mit der Lotsin konnte er nicht mithalten.',
    'So knapp der Sieg sein mag, die Halle jubelt.',
    'Die Fotos mögen den Eindruck einer Idylle erwecken.',
    // A list's commas do not end the phrase before the infinitive.
    'Der Kapitän mag ein guter Segler, Taucher und Angler gewesen sein, mit der Lotsin konnte er nicht mithalten.',
    // A question word opens a clause of its own: the „nicht“ before it denies nothing of „mag“.
    'Der Sturm trifft nicht nur den Hafen, wohin er zuerst einmal gehören mag, sondern die ganze Stadt.',
    // Negated, it still weighs a chance when it concedes, is about being, or has a thing as subject.
    'Das mag nicht die beste Lösung sein.',
    'Im Vergleich zu anderen Booten mag dies nicht den größten Komfort bieten.',
    'Die Boote mögen zwar nicht schnell fahren, aber sie sind sicher.',
  ],
  invalid: [
    { text: 'Die Kapitänin mag Kaffee.', expect: { at: 'mag' } },
    { text: 'Wer mag, kann mitfahren.', expect: { at: 'mag' } },
    { text: 'Kinder mögen Eis.', expect: { at: 'mögen' } },
    { text: 'Die Kapitänin mag Kaffee, Tee und Kakao.', expect: { at: 'mag' } },
    { text: 'Die Werft mag die Daten nicht herausgeben.', expect: { at: 'mag' } },
    { text: 'Der Lotse mag nicht warten.', expect: { at: 'mag' } },
    { text: 'Er mag es nicht zugeben.', expect: { at: 'mag' } },
  ],
});
