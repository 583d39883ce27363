import { ruleTester } from '../../tester';

ruleTester('hedges/sense/appreciation').run({
  valid: [
    'Die Lotsin schätzt den Schaden auf tausend Euro.',
    // „Ich schätze, …“ with a clause after the comma is an estimate.
    'Ich schätze, der Kai hält noch zehn Jahre.',
  ],
  invalid: [
    { text: 'Die Lotsin schätzt die Arbeit der Helfer.', expect: { at: 'schätzt' } },
    { text: 'Der Hafen kann sich glücklich schätzen, solche Lotsen zu haben.', expect: { at: 'schätzen' } },
    // The estimate's „auf“ belongs to the verb's own clause.
    { text: 'Schätzen gelernt haben sich die Lotsen – mit ihnen kann man auf ein Bier gehen.', expect: { at: 'Schätzen' } },
    // Coming to value or knowing the worth, even with a date in the sentence.
    { text: 'Schätzen gelernt haben sich die beiden Lotsen am 27. Mai.', expect: { at: 'Schätzen' } },
    { text: 'Die Lotsin weiß den Kai seit 2010 zu schätzen.', expect: { at: 'schätzen' } },
  ],
});
