import { frameless } from '../../../../src/core/rules/speech/frameless';
import { ruleTester } from '../tester';

ruleTester(frameless).run({
  valid: [
    'Der Kai ist zu kurz.',
    'Die Lotsin fährt morgen nach Kiel.',
    // A preterite plural is no Konjunktiv: „hielten“, „gingen“.
    'Die Lotsin sagte, der Kai sei zu kurz. Die Zuschauer am Kai hielten den Kran für ein Schiff.',
    // A plan in a subordinate clause is the author's account, not speech passed on.
    'Die Lotsin sprach. Sie prüft den Kai, der verlängert werden soll.',
    'Die Lotsin sprach. Das zählt, weil die Fähre mit Strom betrieben werden soll.',
    'Die Lotsin sprach. Sie fährt ein Boot, das bald größer sein soll und zehn Plätze hat.',
    // A reportive „soll“ closing a clause the sentence goes on after hedges, but speaks for no one.
    'Die Lotsin sprach. Der Kapitän, der Geld genommen haben soll, fehlt am Kai.',
    // An unreal comparison compares; its Konjunktiv reports nobody's words.
    'Die Lotsin sprach. Die Gilde feierte, als gebe es kein Morgen.',
    'Die Lotsin sprach. Die Lotsen taten so, als ob nichts geschehen sei.',
    'Die Lotsin sprach. Es sah aus, als wenn der Kran gleich umfalle.',
    // „reiche“ after „weil“, „etwa“ or a preposition is the adjective, not Konjunktiv of „reichen“.
    'Die Lotsin sprach. Die Gilde kritisiert den Plan, weil reiche Reeder bevorzugt werden – etwa reiche Werftbesitzer.',
    // Konjunktiv II only below an indicative main clause is unreal, the author's sentence.
    'Die Lotsin sagte, der Kai sei zu kurz. Andere Fähren waren nie betroffen, die eine Reparatur nötig gemacht hätten.',
    'Die Lotsin sagte, der Kai sei zu kurz. Die Stadt baute den Kran, weil sonst die Fähre ausgefallen wäre.',
  ],
  invalid: [
    { text: 'Die Lotsin sprach. Der Kai sei zu kurz.', expect: { type: 'indirect', content: 'Der Kai sei zu kurz', cue: null } },
    // Konjunktiv II where the plural of Konjunktiv I reads like the indicative: „befinden“ → „befänden“.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz. Im Hafen befänden sich zudem drei alte Fähren.', expect: { type: 'indirect', content: 'Im Hafen befänden sich zudem drei alte Fähren' } },
    { text: 'Die Lotsin sagte, der Kai sei zu kurz. Hinzu kämen die Kosten für den Kran.', expect: { type: 'indirect', content: 'Hinzu kämen die Kosten für den Kran' } },
    // In a main clause of its own after the pronoun, Konjunktiv II goes on with the speech.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz. Der neue Kran, den würde sie gern behalten.', expect: { type: 'indirect' } },
    // After a sentence that itself reports, the words keep no source: its topic is talked of.
    { text: 'Unter den Verletzten soll auch der Hafenmeister sein. Dessen Frau soll eine der Lotsinnen an Bord gewesen sein.', expect: { type: 'free_indirect', content: 'Dessen Frau soll eine der Lotsinnen an Bord gewesen sein', speaker: null } },
    { text: 'Die Lotsin sprach. Der Kai soll verlängert werden.', expect: { type: 'free_indirect', content: 'Der Kai soll verlängert werden', cue: null } },
    { text: 'Die Lotsin sprach. Der Kai, der alt ist, soll verlängert werden.', expect: { type: 'free_indirect', cue: null } },
    // Fronted verbs stand before a main clause's „soll“: „Gebaut werden soll …“.
    { text: 'Die Lotsin sprach. Gebaut werden soll der Kai im Mai.', expect: { type: 'free_indirect', cue: null } },
    { text: 'Der Abzug soll demnach im Mai beginnen.', expect: { type: 'free_indirect', cue: 'demnach' } },
    // The comparison ends at its comma; a Konjunktiv after it reports again.
    { text: 'Die Lotsin sprach. Die Gilde tat, als sei nichts geschehen, doch der Kai sei zu kurz.', expect: { type: 'indirect' } },
    // A temporal „als“ with its verb at the end compares nothing.
    { text: 'Die Lotsin sprach. Der Kai sei zu kurz gewesen, als die Fähre kam.', expect: { type: 'indirect', content: 'Der Kai sei zu kurz gewesen, als die Fähre kam' } },
  ],
});
