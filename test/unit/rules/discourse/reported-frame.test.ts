import { reportedFrame } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(reportedFrame).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Zuerst habe sie kaum erwartet, dass er bricht.', expect: { speaker: 'Ida Brandt' } },
    // A speech act without content shows no speech, but its speaker speaks on.
    { text: 'Jan Ohm lobte den Kai. Auch Eva Roth äußerte sich besorgt über den Kai. Sie rate zum Bau eines neuen.', expect: { speaker: 'Eva Roth' } },
  ],
});
