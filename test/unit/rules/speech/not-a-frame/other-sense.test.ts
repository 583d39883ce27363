import { otherSense } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(otherSense).run({
  valid: [
    'Die Prüfung ergab, dass der Kai zu kurz ist.',
    // With a dass clause the reflexive still names where a finding comes from.
    'Aus der Prüfung ergibt sich, dass der Kai zu kurz ist.',
    'Die Lotsin sieht den Kai als zu kurz an.',
    'Die Lotsin hält es für denkbar, der Kai breche bald.',
    'Die Lotsen halten den Plan, der zur Sperre des Kais führte, für falsch.',
    // With something after it to frame, „zu“ and „sein“ still frame (agentless).
    'Am Kai war zu hören, die Fähre falle aus.',
    // „schließen“ with a dass clause concludes.
    'Aus den Funden schlossen die Forscherinnen, dass der Kai älter ist.',
  ],
  invalid: [
    { text: 'Am Kai ergaben sich noch größere Probleme: Die Fähre war zu lang.', expect: { at: 'ergaben' } },
    { text: 'Im Hafen werden drei Fähren zu sehen sein: die Möwe, der Kranich und die Seeschwalbe.', expect: { at: 'sehen' } },
    { text: 'Die Lotsin ist im Film zu sehen: Sie steuert die Fähre.', expect: { at: 'sehen' } },
    // Any verb with „zu“ and „sein“ and nothing after it: what may be expected.
    { text: 'Die neue Fähre fährt so schnell, wie es in dieser Klasse zu erwarten ist.', expect: { at: 'erwarten' } },
    // „schließen“ without a dass clause closes something.
    { text: 'Die Stadt hatte den Kai geschlossen, weil er zu marode sei.', expect: { at: 'geschlossen' } },
    { text: 'Die Polizei schloss den Kai, weil er zu marode sei.', expect: { at: 'schloss' } },
    // „halten“ without „für“ holds something.
    { text: 'Der Versuch der Reederei, sich mit Gewalt am Kai zu halten, werfe einen Schatten auf den Hafen.', expect: { at: 'halten' } },
  ],
});
