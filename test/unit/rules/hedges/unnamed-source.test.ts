import { unnamedSource } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(unnamedSource).run({
  valid: [
    // Districts are no circles of people; „aus“ before a place or a thing names no source.
    'In drei Landkreisen fiel der Strom aus.',
    'Die Fähre kam aus Kiel.',
    'Die Lotsin stieg aus dem Boot.',
    // „in“ circles without a verb of hearsay is a place; after „hieß es“ the verb carries the cue.
    'In Hafenkreisen ist man besorgt.',
    'Der Kai bleibt gesperrt, hieß es am Montag aus Hafenkreisen.',
    // A named source after „unter Berufung auf“; familiarity as expertise, not as a source.
    'Das Blatt meldete unter Berufung auf die Hafenpolizei, der Kai sei gesperrt.',
    'Eine mit dem Hafen vertraute Lotsin steuerte das Schiff.',
    'Sie ist mit dem Hafen vertraut.',
  ],
  invalid: [
    { text: 'Aus Regierungskreisen verlautete, der Hafen werde verkauft.', expect: { cue: 'Aus Regierungskreisen verlautete', kind: 'vague_source' } },
    // The cue reaches to the hearsay verb after the circles.
    { text: 'Wie es aus Kreisen der Reederei heißt, ist der Kai zu kurz.', expect: { cue: 'aus Kreisen der Reederei heißt', kind: 'vague_source' } },
    { text: 'Wie es in Regierungskreisen hieß, wird der Hafen verkauft.', expect: { cue: 'in Regierungskreisen hieß' } },
    { text: 'In Hafenkreisen heißt es, der Kai werde verkauft.', expect: { cue: 'In Hafenkreisen heißt es' } },
    { text: 'Wie aus gut unterrichteten Kreisen zu hören war, schließt der Hafen.', expect: { cue: 'aus gut unterrichteten Kreisen' } },
    { text: 'Sicherheitskreisen zufolge wurde der Kai gesperrt.', expect: { cue: 'Sicherheitskreisen zufolge' } },
    { text: 'Der Kai werde verkauft, berichtete das Blatt unter Berufung auf Insider.', expect: { cue: 'unter Berufung auf Insider', kind: 'vague_source' } },
    { text: 'Das Blatt meldete unter Berufung auf anonyme Geheimdienstquellen, der Kai sei gesperrt.', expect: { cue: 'unter Berufung auf anonyme Geheimdienstquellen' } },
    { text: 'Das meldete ein Sender unter Berufung auf mit den Plänen vertraute Personen.', expect: { cue: 'unter Berufung auf mit den Plänen vertraute Personen' } },
    { text: 'Die Reederei verhandle mit zwei Käufern, sagten mit dem Vorgang vertraute Personen.', expect: { cue: 'mit dem Vorgang vertraute Personen', kind: 'vague_source' } },
    { text: 'Einer Quelle zufolge fehlen zwei Millionen Euro.', expect: { cue: 'Quelle zufolge' } },
  ],
});
