// What a rule is: a named unit with a one-line description, the signals it needs, and a pure
// function. Families are ordered lists of rules run by the engine (engine.ts).

/** What every rule says about itself; `id` is `family/name`, e.g. `speech/closing-wie`. */
export interface RuleInfo {
  readonly id: string;
  /** One line in English; the UI shows the translation under the key `rule.<id>` (l10n). */
  readonly description: string;
  /** How sure a prediction of this rule is (0..1), where the rule makes one. */
  readonly confidence?: number;
  /** Signal bits the sentence must have for the rule to run at all (0 or absent: always runs). */
  readonly triggers?: number;
}

/** A rule of a first-match family: the first rule that returns a result decides. */
export interface Rule<Ctx, Out> extends RuleInfo {
  match(ctx: Ctx): Out | null | undefined;
}

/** A rule of a scoring family: every rule adds its weight (log-odds); the sum decides. */
export interface ScoreRule<Ctx> extends RuleInfo {
  score(ctx: Ctx): number;
}

/** A rule that keeps or drops a candidate (a sense test: „das Wohl“ is no hedge). */
export interface GuardRule<Ctx> extends RuleInfo {
  /** True when the rule rejects the candidate. */
  rejects(ctx: Ctx): boolean;
}

/** An ordered list of rules under one name. */
export interface Family<R extends RuleInfo> {
  readonly id: string;
  readonly description: string;
  readonly rules: readonly R[];
}

export function family<R extends RuleInfo>(id: string, description: string, rules: readonly R[]): Family<R> {
  for (const r of rules) if (!r.id.startsWith(id + '/')) throw new Error(`rule ${r.id} is not in family ${id}`);
  return { id, description, rules: rules.map(sameShape) };
}

/**
 * A copy of the rule with every optional field present, in one order: the engine reads `match`
 * (or `score`, `rejects`) of rules of many shapes at one call site, which V8 makes slow; rules of
 * one shape keep it fast.
 */
function sameShape<R extends RuleInfo>(r: R): R {
  return Object.assign({ id: r.id, description: r.description, confidence: r.confidence, triggers: r.triggers ?? 0 }, r);
}

/** Which rules produced a prediction, for `--explain` and the hover card's "why" line. */
export interface Why {
  /** The rule that found the quote or hedge. */
  rule: string;
  /** For a direct quote: the weighed evidence that made it speech, strongest first. */
  evidence?: string[];
  speaker?: string;
  cue?: string;
}
