import { opinionFrame } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(opinionFrame).run({
  valid: [
    // A place, a direction or a thing: no one's view.
    'Die Fähre fährt nach Kiel.',
    'Aus Sicherheitsgründen bleibt der Kai gesperrt.',
    'Nach dem Sturm war der Kai gesperrt.',
    'In den Häfen lagen viele Schiffe.',
    // A final result is no preliminary one.
    'Laut amtlichem Endergebnis liegt die Hafenpartei vorn.',
  ],
  invalid: [
    { text: 'Seiner Meinung nach ist der Kai zu kurz.', expect: { cue: 'Seiner Meinung nach', kind: 'belief' } },
    { text: 'Nach eigener Einschätzung liegt die Reederei vorn.', expect: { cue: 'Nach eigener Einschätzung' } },
    { text: 'Aus Sicht der Lotsen ist der Kai zu kurz.', expect: { cue: 'Aus Sicht' } },
    { text: 'Nach inoffiziellen Angaben sank die Fähre.', expect: { cue: 'Nach inoffiziellen Angaben' } },
    { text: 'Nach derzeitigem Stand öffnet der Kai im Mai.', expect: { cue: 'Nach derzeitigem Stand' } },
    { text: 'Die Reederei handelt aus ihrer Sicht richtig.', expect: { cue: 'aus ihrer Sicht' } },
    { text: 'In den Augen vieler Anwohner ist der Umbau ein Fehler.', expect: { cue: 'In den Augen' } },
    { text: 'Nach einer ersten Auswertung brach ein Ventil.', expect: { cue: 'Nach einer ersten Auswertung' } },
    { text: 'Vorläufigen Ergebnissen zufolge brach ein Ventil.', expect: { cue: 'Vorläufigen Ergebnissen zufolge' } },
    // Preliminary results and counts after „laut“ too, with up to three words between.
    { text: 'Laut vorläufigem Endergebnis liegt die Hafenpartei vorn.', expect: { cue: 'Laut vorläufigem Endergebnis' } },
    { text: 'Laut einer vorläufigen amtlichen Bilanz wurden zwölf Matrosen verletzt.', expect: { cue: 'Laut einer vorläufigen amtlichen Bilanz' } },
  ],
});
