import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core/analyze';
import { reported } from '../../../../src/core/rules/speech/reported';
import { ruleTester } from '../tester';

ruleTester(reported).run({
  valid: [
    // Things underline and remind too; only people and bodies speak.
    'Der Erfolg unterstrich die Stärke des Hafens.',
    'Die vielen verkauften Karten erinnern an das Gründungsjahr der Werft.',
    'Alte Kräne verraten einiges über den Hafen.',
    // „wiederholt“ right after a main clause's finite verb is the adverb „repeatedly“.
    'Die Reederei setzte wiederholt auf neue Lotsen.',
    // Verbs of putting forward and demanding say nothing without a content clause: „trug … vor“ may
    // be a song, „forderte … ein“ a payment.
    'Die Lotsin trug ein altes Seemannslied vor.',
    'Die Reederei forderte die ausstehende Miete ein.',
    'Die Lotsin setzte sich für den Kai ein.',
    'Die Reederei machte Ansprüche geltend.',
    // A past form between a sentence-initial article and its noun is an adjective: „Die erwähnten Möwen …“.
    'Am Kai landeten Vögel. Die erwähnten Möwen sind kaum größer als Tauben.',
    // A participle after an article and an adverb of time is an attribute: „der bereits erwähnte Unterschied“.
    'Darin liegt der bereits erwähnte Unterschied zum alten Kai.',
    'Die Lotsin las die oft zitierte Studie zum Kai.',
    // So is one after an article or a preposition still waiting for its noun behind adverbs and
    // prepositional phrases.
    'Der Chor setzt einen Kontrast zum allzu glatt erzählten Aufstieg der Reederin.',
    'Am Kai hingen die gestern vom Hafenrat verkündeten Regeln.',
    'Die Lotsin hat zum wiederholten Mal den Kai gewechselt.',
    // A reflexive particle verb that says nothing: dealing with a plan.
    'Die Lotsen setzten sich mit dem Plan auseinander.',
    // So does remembering in the first person.
    'Ich erinnere mich an die Fähren meiner Kindheit.',
    // A zu-infinitive says what is to be said or could be, not what was said.
    'Der Reeder hat alle Mühe, seinen Plan dem Hafenrat zu erklären.',
    'Der neue Kai ist als Fehlplanung zu werten.',
    'Die Fähre kam, wie zu erwarten, zu spät.',
    'Die Lotsin hat keinen Grund, ihren Rücktritt anzukündigen.',
    // „sich lassen“ with a verb of saying is what one can say: nobody's words.
    'Über den neuen Kai der Fähre lässt sich nur Gutes sagen.',
    // An infinitive clause has no subject, and before it stands none: its object says nothing.
    'Um nicht jeden Monat neue Verluste verkünden zu müssen, sparte die Reederei.',
    // A disaster claims lives, with the victims put first too.
    'Zwölf Todesopfer forderte ein Sturm, der am Sonntag über den Hafen zog.',
    // An infinitive after a verb of perception is a sound heard, not speech reported.
    'Als die Fähre anlegte, hörte ein Wärter den Säugling schreien und rief die Polizei.',
    // A participle before „werden“ is a passive: its subject is what is said, and with no agent no one speaks.
    'Das Verfahren ist so genau, dass oft der Wasserstand vorhergesagt werden kann.',
    // Things remind, tell and reveal too.
    'Der neue Anstrich erinnert an einen Leuchtturm.',
    'Der Film erzählt vom alten Hafen.',
    'Die neuen Aufnahmen enthüllen einen Riss im Kai.',
    // Cheering without words reports none.
    'Die Zuschauer jubelten der Kapitänin bei ihrer Rede zu.',
    // „sprach … frei“ acquits; it says nothing.
    'Der Richter sprach den Kapitän von allen Vorwürfen frei.',
    'Die Kinder fürchten den Winter.',
    'Die Lotsin bestätigte den Termin.',
    // Without content these are a decision or a design, not words reported.
    'Die Reederei lehnte den Umbau des Kais ab.',
    'Die Halle ist für hundert Lotsen ausgerichtet.',
  ],
  invalid: [
    { text: 'Die Lotsin selbst wiederholt ihre Forderung.', expect: { cue: 'wiederholt', speaker: 'Die Lotsin' } },
    // (A person underlines in words.)
    { text: 'Die Lotsin unterstrich die Bedeutung des Hafens.', expect: { cue: 'unterstrich', speaker: 'Die Lotsin' } },
    // A name with its prepositional phrase fills the field before the verb: it is the subject, not
    // the owner's phrase after the verb (a fronted object with one stays an object).
    { text: 'Lea Brandt von der SPD bezeichnete Roths Verhalten als unklug.', expect: { speaker: 'Lea Brandt', cue: 'bezeichnete' } },
    { text: 'Gerüchte um einen Verkauf hatte die Reederin am Montag dementiert.', expect: { speaker: 'die Reederin', cue: 'dementiert' } },
    // A comma between two adjectives is no clause break: the subject stands before it.
    { text: 'Die Lotsin hatte den Plan als große, ernste Gefahr bezeichnet.', expect: { speaker: 'Die Lotsin', cue: 'bezeichnet' } },
    { text: 'Die Lotsin hatte den Plan als sehr, sehr ernste Gefahr bezeichnet.', expect: { speaker: 'Die Lotsin', cue: 'bezeichnet' } },
    // A clause inserted before the main clause's verb reports only itself.
    { text: 'Der Kurier, der gegen die Reederei klagte, hatte eine Verfügung erwirkt.', expect: { cue: 'klagte', content: 'der gegen die Reederei klagte' } },
    // A person who lets nothing stop her and then demands speaks („sich lassen“ in another clause).
    { text: 'Die Lotsin ließ sich nicht beirren und forderte Konsequenzen.', expect: { speaker: 'Die Lotsin', cue: 'forderte' } },
    // … and people and bodies speak, named by a role, a person's ending or a word for people.
    { text: 'Die Lotsin erinnerte an die Opfer des Sturms.', expect: { speaker: 'Die Lotsin', cue: 'erinnerte' } },
    { text: 'Die Demonstranten erinnerten an die Opfer des Sturms.', expect: { speaker: 'Die Demonstranten', cue: 'erinnerten' } },
    { text: 'Die junge Frau erzählt von der Nacht am Kai.', expect: { speaker: 'Die junge Frau', cue: 'erzählt' } },
    { text: 'Die Reederei erinnerte an die Opfer des Sturms.', expect: { speaker: 'Die Reederei', cue: 'erinnerte' } },
    // A feminine noun after „der“, „dieser“ or „einer“ is dative or genitive: the subject follows the verb.
    { text: 'Dieser Darstellung widerspricht auch die Gilde nur bedingt.', expect: { speaker: 'die Gilde', cue: 'widerspricht' } },
    { text: 'Der Ministerin widersprach die Gilde scharf.', expect: { speaker: 'die Gilde', cue: 'widersprach' } },
    // So is any phrase opened by „dem“, „den“ or „des“: the subject is the next phrase that may speak.
    { text: 'Dem Hafenmeister widersprach die Gilde scharf.', expect: { speaker: 'die Gilde', cue: 'widersprach' } },
    // After a subordinate clause the main clause opens with its verb; a verb coordinated with it shares the subject after it.
    { text: 'Nachdem sie an Land gegangen war, alarmierte die Ärztin den Hafenmeister und wies auf die Gefahr hin.', expect: { speaker: 'die Ärztin', cue: 'wies auf die Gefahr hin' } },
    // „ihr“ after a verb not in the second person plural is a dative: the subject stands before the verb.
    { text: 'Untätigkeit werfen ihr die Reeder vor.', expect: { speaker: 'die Reeder', cue: 'werfen ihr die Reeder vor' } },
    // A phrase that is singular is no subject of the plural verb right after it.
    { text: 'Eine Lösung forderten die Lotsen noch am Abend.', expect: { speaker: 'die Lotsen', cue: 'forderten' } },
    { text: 'Die Reederei und die Gilde fordern eine Lösung.', expect: { speaker: 'Die Reederei und die Gilde', cue: 'fordern' } },
    // A headline opens with its bare subject, also where the noun looks like a participle („Ge…t“).
    { text: 'Gewerkschaft fordert höhere Löhne für Lotsen.', expect: { speaker: 'Gewerkschaft', cue: 'fordert' } },
    { text: 'Gericht fordert Aufklärung vom Hafenamt.', expect: { speaker: 'Gericht', cue: 'fordert' } },
    { text: 'Besorgt äußerte sich die Gilde über den Kai.', expect: { speaker: 'die Gilde', cue: 'äußerte' } },
    // After a relative pronoun with its preposition the subject comes first, then the objects.
    { text: 'Es ist der erste Vertrag, in dem alle Häfen der Küste eigene Lotsen zusagen.', expect: { speaker: 'alle Häfen der Küste', cue: 'zusagen' } },
    // A comparison holds no subject.
    { text: 'Ähnlich wie die Lotsen argumentierte in Bremen die Reederei.', expect: { speaker: 'die Reederei', cue: 'argumentierte' } },
    { text: 'Ebenso wie die Lotsen forderte am Montag die Reederei einen längeren Kai.', expect: { speaker: 'die Reederei', cue: 'forderte' } },
    { text: 'Die Lotsin forderte Konsequenzen.', expect: { type: 'reported', content: 'Die Lotsin forderte Konsequenzen.', cue: 'forderte', speaker: 'Die Lotsin' } },
    // A date is no subject: „am 3. Mai hatten viele Lotsen …“.
    { text: 'Schon am 3. Mai hatten viele Lotsen vor dem Rathaus protestiert und forderten einen neuen Kai.', expect: { type: 'reported', speaker: 'viele Lotsen' } },
    { text: 'Hafenexperten fürchten Engpässe im Winter.', expect: { type: 'reported', cue: 'fürchten', speaker: 'Hafenexperten' } },
  ],
});

describe('speech/reported without content that carries the chain on', () => {
  it('shows no speech for „sich äußern“ and an expectation without content', () => {
    assert.deepStrictEqual(new Analyzer().analyze('Die Lotsin äußerte sich besorgt über den Kai.').quotes, []);
    assert.deepStrictEqual(new Analyzer().analyze('Die Hafenökonomen erwarten mehr Umschlag am Kai.').quotes, []);
  });

  it('lets the speaker of an expectation speak on', () => {
    const [q] = new Analyzer().analyze('Die Hafenökonomen erwarten mehr Umschlag am Kai. Das bringe der Stadt eine Million.').quotes;
    assert.deepStrictEqual([q.text, q.speaker?.text], ['Das bringe der Stadt eine Million', 'Die Hafenökonomen']);
  });
});
