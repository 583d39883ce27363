import { listOfTitles } from '../../../../src/core/rules/quote-or-name/list-of-titles';
import { ruleTester } from '../tester';

ruleTester(listOfTitles).run({
  valid: [
    'Sie sagte „Ja“ und „Nein“.',
  ],
  invalid: [
    { text: 'Zu sehen sind „Alte Kähne“, „Neue Fähren“ und „Lotsen im Sturm“.', expect: { weight: -3 } },
  ],
});
