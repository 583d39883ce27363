import { ruleTester } from '../../tester';

ruleTester('hedges/sense/feasible').run({
  valid: [
    'Es ist möglich, dass die Fähre ausfällt.',
    'Eine Einigung mit den Lotsen sei aber möglich.',
  ],
  invalid: [
    { text: 'Umbuchungen der Fähre sind nicht mehr möglich.', expect: { at: 'möglich' } },
    { text: 'Wenn möglich, fährt die Fähre früher.', expect: { at: 'möglich' } },
    { text: 'Mit dem Sonar ist es möglich, jedes Wrack zu finden.', expect: { at: 'möglich' } },
  ],
});
