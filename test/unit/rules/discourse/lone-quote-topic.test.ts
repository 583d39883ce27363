import { loneQuoteTopic } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(loneQuoteTopic).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
    // A copula with a noun states no view: the quote stays without a speaker.
    'Die Lotsin ist Mitglied im Hafenverein. „Der Kai reicht nicht.“',
    // A capitalised noun opening the sentence before is no one named.
    '„Wir bleiben“, sagte die Lotsin Ida Brandt. Politik spielt keine Rolle. „Der Kai reicht völlig.“',
  ],
  invalid: [
    { text: 'Hafenpolitik: Die Hafenbehörde will am Kai festhalten. „Wir wollen einen sicheren Hafen.“', expect: { speaker: 'Hafenbehörde' } },
    // A stance or feeling after a copula is a view its holder then voices.
    { text: 'Die Lotsin ist sichtlich empört. „Der Kai reicht nicht.“', expect: { speaker: 'Lotsin' } },
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. Der Hafenmeister Jan Ohm schüttelte den Kopf. „Der Kai reicht völlig.“', expect: { content: '„Der Kai reicht völlig.“', speaker: 'Jan Ohm' } },
    // A person named before, by surname alone, opening the sentence before.
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. Der Hafenmeister Jan Ohm kam später. Ohm winkt ab. „Der Kai reicht völlig.“', expect: { content: '„Der Kai reicht völlig.“', speaker: 'Jan Ohm' } },
    // A name with its role in commas after it, article and all, is the subject too.
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. Jan Ohm, der Hafenmeister, winkt ab. „Der Kai reicht völlig.“', expect: { content: '„Der Kai reicht völlig.“', speaker: 'Jan Ohm' } },
  ],
});
