// Hostile shapes of input, shared by the unit test that counts the analyser's work on them and by
// bench/hostile.bench.mjs that times them. Each is a name and a text of about `n` characters.
export const HOSTILE_SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['ASCII quotes in one sentence', (n) => 'Er sagte ' + '"'.repeat(n) + '.'],
  ['„“ pairs in one sentence', (n) => 'Er sagte ' + '„“'.repeat(n / 2) + '.'],
  ['short replies „Ja“, „Nein“, …', (n) => '„Ja“, „Nein“, '.repeat(n / 14) + 'sagte er.'],
  ['open brackets after a name', (n) => 'Minister Müller ('.repeat(n / 17) + 'sagte.'],
  ['colons in one sentence', (n) => 'Er sagte: '.repeat(n / 10) + '„Ja.“'],
  ['cues in one sentence', (n) => 'sagte er, so Müller, laut Meier, '.repeat(n / 34) + '„Ja.“'],
  ['clauses joined by „und“', (n) => 'Die Lotsin sagte, der Kai sei kurz' + ', und der Kai sei alt'.repeat(n / 21) + '.'],
  ['„wie“ frames between joined clauses', (n) => 'Der Kai ist kurz, wie der Lotse sagte, ' + 'und die Fähre ist alt, wie der Kapitän sagte, '.repeat(n / 46) + 'seit Montag.'],
  ['one repeated character', (n) => '„'.repeat(n)],
  ['interview turns in one paragraph', (n) => 'A: Ja. B: Nein. '.repeat(n / 16)],
];
