import { davonAusgehen } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(davonAusgehen).run({
  valid: [
    'Der Kai ist davon betroffen.',
  ],
  invalid: [
    { text: 'Die Lotsin geht davon aus, dass unser Kai hält.', expect: { cue: 'geht davon aus', kind: 'belief' } },
    // The infinitive after a modal, too.
    { text: 'Man muss davon ausgehen, dass der Kai bricht.', expect: { cue: 'davon ausgehen', kind: 'belief' } },
  ],
});
