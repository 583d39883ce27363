import { colonDocument } from '../../../../src/core/rules/quote-attribution/colon-document';
import { ruleTester } from '../tester';

ruleTester(colonDocument).run({
  valid: [
    'Darin: „Der Kai ist sicher.“',
  ],
  invalid: [
    { text: 'Das Hafenamt legte ein Gutachten vor. Darin heißt es: „Der Kai ist sicher.“', expect: { cue: 'heißt es', speaker: 'ein Gutachten' } },
    // The phrase before „hieß es“ names the source.
    { text: 'In einer Erklärung des Hafenamts hieß es: „Der Kai ist sicher.“', expect: { cue: 'hieß es', speaker: 'einer Erklärung des Hafenamts' } },
  ],
});
