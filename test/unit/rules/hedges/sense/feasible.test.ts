import { ruleTester } from '../../tester';

ruleTester('hedges/sense/feasible').run({
  valid: [
    'Es ist möglich, dass die Fähre ausfällt.',
    'Eine Einigung mit den Lotsen sei aber möglich.',
    // „schon am Mittwoch“ dates a chance.
    'Eine Taufe der Fähre sei schon im Mai möglich.',
    // An infinitive in another clause says nothing of it.
    'Ein Streik sei möglich geworden, nachdem die Reederei sich geweigert habe einzulenken.',
  ],
  invalid: [
    { text: 'Umbuchungen der Fähre sind nicht mehr möglich.', expect: { at: 'möglich' } },
    { text: 'Wenn möglich, fährt die Fähre früher.', expect: { at: 'möglich' } },
    { text: 'Mit dem Sonar ist es möglich, jedes Wrack zu finden.', expect: { at: 'möglich' } },
    { text: 'Es werde bald möglich sein, jedes Wrack zu finden.', expect: { at: 'möglich' } },
    // A condition, a person able to, a demand.
    { text: 'Ein Anlegen ist nur bei Flut möglich.', expect: { at: 'möglich' } },
    { text: 'Die Einfahrt ist ihm mit einer Genehmigung möglich.', expect: { at: 'möglich' } },
    { text: 'Eine Einfahrt bei Sturm muss möglich sein.', expect: { at: 'möglich' } },
    // „kein“ denies it; the comma before the infinitive may be missing, its particle joined.
    { text: 'Für den Lotsen ist kein Einspruch mehr möglich.', expect: { at: 'möglich' } },
    { text: 'Mit dem Sonar ist es seit Mai möglich die Wracks aufzuspüren.', expect: { at: 'möglich' } },
  ],
});
