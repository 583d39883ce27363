import { continuesPreviousSpeaker } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(continuesPreviousSpeaker).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Er müsse verlängert werden.', expect: { content: 'Er müsse verlängert werden', speaker: 'Ida Brandt', cue: 'sagte' } },
    // „Wie es weiter hieß, …“ names no source: it goes on with the speaker before, under its own cue.
    // A speech named inside her reported words („das Argument der Werft, …“) does not take her chain over.
    { text: 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Auch werde das Argument der Werft, ein Umbau sei zu teuer, überschätzt. Eine Verlängerung koste weniger als ein Jahr Stau.', expect: { content: 'Eine Verlängerung koste weniger als ein Jahr Stau', speaker: 'Ida Brandt', cue: 'sagte' } },
    // Words she rejects are their owner's; she speaks on after them.
    { text: 'Die Lotsin Ida Brandt wies den Vorwurf der Werft zurück, sie habe den Kai beschädigt. Der Schaden sei älter.', expect: { content: 'Der Schaden sei älter', speaker: 'Ida Brandt', cue: 'wies den Vorwurf der Werft zurück' } },
    { text: 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Wie es weiter hieß, wird er im Mai verlängert.', expect: { content: 'wird er im Mai verlängert', speaker: 'Ida Brandt', cue: 'es weiter hieß' } },
  ],
});
