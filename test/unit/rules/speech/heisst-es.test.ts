import { heisstEs } from '../../../../src/core/rules/speech/heisst-es';
import { ruleTester } from '../tester';

ruleTester(heisstEs).run({
  valid: [
    'Der Kai heißt „Neuer Kai“.',
    // Before an infinitive „heißt es“ says what one must do, or asks what something means.
    'Nun heißt es warten, bis der Kai repariert ist.',
    'Für die Lotsen heißt es jetzt, Ruhe zu bewahren.',
    'Jetzt heißt es für die Fischer: abwarten und Tee trinken.',
    'Was heißt es denn, am Kai als Lotse zu arbeiten?',
  ],
  invalid: [
    // In a relative clause on a document the pronoun speaks for it.
    { text: 'Die Werft legte ein Gutachten vor, in dem es heißt, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'es heißt', speaker: 'dem' } },
    // A body's owner attached with „von“ stays with the body: the ministry speaks, not the minister.
    { text: 'Aus dem Ministerium von Eva Roth hieß es am Sonntag, man prüfe das.', expect: { content: 'man prüfe das', speaker: 'dem Ministerium von Eva Roth' } },
    { text: 'Im Gutachten heißt es, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'heißt es', speaker: 'Gutachten' } },
    // A „so“ pointing back at the content before may lead the frame.
    { text: 'Der Kai ist zu kurz, so heißt es im Gutachten.', expect: { content: 'Der Kai ist zu kurz', cue: 'heißt es', speaker: 'Gutachten' } },
    // After the narrator's lead and its colon: the content starts after the colon.
    { text: 'Die Reederei rechnet nicht mit mehr Fracht: Der Umsatz werde sinken, heißt es im Quartalsbericht.', expect: { content: 'Der Umsatz werde sinken', speaker: 'Quartalsbericht' } },
    // „es“ before the verb: a „wie“ frame or the bare „Es heißt, …“, the content after the comma in any mood.
    { text: 'Wie es in dem Gutachten heißt, ist der Kai zu kurz.', expect: { content: 'ist der Kai zu kurz', speaker: 'dem Gutachten' } },
    // A conjunction may lead, adverbs may follow the source.
    { text: 'Aber wie es aus dem Rathaus zuletzt hieß, bleibe der Kai gesperrt.', expect: { content: 'bleibe der Kai gesperrt', speaker: 'dem Rathaus' } },
    { text: 'Es heißt, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'Es heißt', speaker: null } },
    // Quoted fragments inside the content do not make it a direct quote.
    { text: 'Nach dem Sturm hieß es, „drei Kräne“ seien defekt und „zwei Schlepper“ beschädigt.', expect: { content: '„drei Kräne“ seien defekt und „zwei Schlepper“ beschädigt', cue: 'hieß es', speaker: null } },
    // „auf“ names where words stand written, not what one waits for.
    { text: 'Der Kai sei zu kurz, heißt es auf der Website der Reederei.', expect: { content: 'Der Kai sei zu kurz', speaker: 'der Website der Reederei' } },
    // (A place after „auf“ names no source.)
    { text: 'Die Lage sei ernst, heißt es jetzt auf den Deichen.', expect: { speaker: null } },
    { text: 'Der Kai sei zu kurz, hieß es aus dem Hafenamt.', expect: { content: 'Der Kai sei zu kurz', cue: 'hieß es', speaker: 'dem Hafenamt' } },
    // A trailing „hieß es“ with no source named is hearsay from no one in particular, not the topic of the sentence before.
    { text: 'Die Reederei legte ihre Bilanz vor. Der Kai sei zu kurz, hieß es.', expect: { content: 'Der Kai sei zu kurz', cue: 'hieß es', speaker: null } },
    // A number joined to an adjective stands inside the document's noun phrase.
    { text: 'Der Kai sei zu kurz, heißt es in der 28-seitigen Klageschrift.', expect: { content: 'Der Kai sei zu kurz', cue: 'heißt es', speaker: 'der 28-seitigen Klageschrift' } },
    // A coordinated clause after an interposed frame is the author's again.
    { text: 'Der Kai sei zu kurz, heißt es im Gutachten, aber die Reederei baut weiter.', expect: { content: 'Der Kai sei zu kurz', cue: 'heißt es', speaker: 'Gutachten' } },
    // „vonseiten“ names the body as „seitens“ does; an asking („auf Nachfrage“) stands between.
    { text: 'Der Kai sei zu kurz, hieß es vonseiten der Hafenbehörde.', expect: { content: 'Der Kai sei zu kurz', cue: 'hieß es', speaker: 'der Hafenbehörde' } },
    { text: 'Der Kai sei zu kurz, hieß es auf Nachfrage aus dem Büro der Senatorin.', expect: { content: 'Der Kai sei zu kurz', cue: 'hieß es', speaker: 'dem Büro der Senatorin' } },
    // (So does whose asking it was, in the genitive.)
    { text: 'Allerdings hieß es auf Anfrage der Hafenpost aus dem Rathaus: Der Kai sei zu kurz.', expect: { content: 'Der Kai sei zu kurz', cue: 'hieß es', speaker: 'dem Rathaus' } },
  ],
});
