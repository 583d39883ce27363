import { colonSubject } from '../../../../src/core/rules/quote-attribution/colon-subject';
import { ruleTester } from '../tester';

ruleTester(colonSubject).run({
  valid: [
    // A thing as subject states no one's stance; a place before the colon is no clause.
    'Der Kai war zu kurz: „Wir bleiben.“',
    'Im Hafen: „Wir bleiben.“',
    // A thing announcing words is still no source.
    'Der Kai sah wie folgt aus: „Alt, rostig, viel zu kurz.“',
    // A reaction put first with a time, not a source, after it.
    'Kritik kam am Montag: „Der Kai reicht nicht.“',
    // What is clear for a thing is no one's view.
    'Für den Kai ist klar: „Er bleibt.“',
  ],
  invalid: [
    { text: 'Der Hafenmeister Jan Ohm war anderer Meinung: „Der Kai reicht völlig.“', expect: { cue: 'war anderer Meinung', speaker: 'Der Hafenmeister Jan Ohm' } },
    { text: 'Die Ministerin zeigte sich zufrieden: „Der Kai reicht.“', expect: { cue: 'zeigte sich zufrieden', speaker: 'Die Ministerin' } },
    // A clause opening with its verb after a relative clause has its subject before it.
    { text: 'Jana Brink, der es sichtlich schwer fiel, wandte sich mit einer Botschaft an die Gäste: „Der Kai muss bleiben.“', expect: { speaker: 'Jana Brink', cue: 'wandte sich mit einer Botschaft an die Gäste' } },
    // A reaction put first, then who gave it: after „kam von“, or as the subject after the verb.
    { text: 'Widerspruch kam auch von der Reederei: „Der Kai reicht.“', expect: { speaker: 'der Reederei', cue: 'kam auch von' } },
    { text: 'Scharfe Kritik übte der Hafenmeister: „Der Kai reicht nicht.“', expect: { speaker: 'der Hafenmeister', cue: 'Scharfe Kritik übte' } },
    { text: 'Skeptisch bleibt der Hafenmeister: „Der Kai reicht nicht.“', expect: { speaker: 'der Hafenmeister', cue: 'Skeptisch bleibt' } },
    { text: 'Zufrieden war auch die Reederei: „Der Kai reicht.“', expect: { speaker: 'die Reederei', cue: 'Zufrieden war' } },
    { text: 'Der Lotse ist sich sicher: „Wir bleiben.“', expect: { speaker: 'Der Lotse', cue: 'ist sich sicher' } },
    // What is clear for someone is their view.
    { text: 'Für den Hafenmeister ist klar: „Wir bleiben.“', expect: { speaker: 'den Hafenmeister', cue: 'ist klar' } },
    { text: 'Für Ohm steht jetzt fest: „Wir bleiben.“', expect: { speaker: 'Ohm', cue: 'steht jetzt fest' } },
    // A manner of reacting put first, before any verb.
    { text: 'Bestürzt reagierte die Ministerin: „Das ist eine Katastrophe.“', expect: { speaker: 'die Ministerin', cue: 'Bestürzt reagierte' } },
    // A verb of manner the lexicon does not list: the verb is the cue.
    { text: 'Die Lotsin brüllte: „Alle Mann an Deck!“', expect: { speaker: 'Die Lotsin', cue: 'brüllte' } },
    // A document that announces its words with „wie folgt“ speaks.
    { text: 'Das Abkommen regelt die Liegezeiten wie folgt: „Kein Schiff bleibt länger als zwei Tage.“', expect: { speaker: 'Das Abkommen' } },
  ],
});
