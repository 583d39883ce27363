// Runs rule families: first match wins (cascades), every weight adds up (scores), any guard may
// reject (sense tests). It skips rules whose trigger signals are absent and rules switched off for
// an ablation, and times each rule when asked (`zitatlupe analyze --timing`).
import type { GuardRule, Rule, RuleInfo, ScoreRule } from './rule';

/** Time spent per rule id, in milliseconds, and how often each ran. */
export class RuleTiming {
  readonly ms = new Map<string, number>();
  readonly runs = new Map<string, number>();

  add(id: string, ms: number): void {
    this.ms.set(id, (this.ms.get(id) ?? 0) + ms);
    this.runs.set(id, (this.runs.get(id) ?? 0) + 1);
  }

  /** Rules by time spent, slowest first. */
  table(): { id: string; ms: number; runs: number }[] {
    return [...this.ms].map(([id, ms]) => ({ id, ms, runs: this.runs.get(id) ?? 0 })).sort((a, b) => b.ms - a.ms);
  }
}

export interface EngineOptions {
  /** Rule ids to switch off, for ablation: the family runs as if they were absent. */
  disabled?: Iterable<string>;
  timing?: RuleTiming;
  /** How many rule runs one paragraph may take; see WorkBudget. */
  budget?: WorkBudget;
}

/**
 * The rule runs a paragraph may take: `base + perChar × length`. Past it the remaining rules of
 * that paragraph do not run (quotes are still found by their marks) and the analyzer says so.
 * Counted in rule runs, not milliseconds, so an article gives the same result on every machine.
 * News paragraphs take at most about 0.5 runs per character, short dialogue about 8; 27 per
 * character is a sentence made of nothing but quotation marks.
 */
export interface WorkBudget {
  base: number;
  perChar: number;
}

export const DEFAULT_WORK_BUDGET: Readonly<WorkBudget> = { base: 4000, perChar: 10 };

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class RuleEngine {
  private readonly disabled: ReadonlySet<string>;
  private readonly timing: RuleTiming | undefined;
  /** Whether any option is set: without one, every run takes the short path. */
  private readonly plain: boolean;
  private readonly budget: Readonly<WorkBudget>;
  /** Rule runs in the current paragraph, and how many it may take. */
  private spent = 0;
  private limit = Infinity;

  constructor(options: EngineOptions = {}) {
    this.disabled = new Set(options.disabled ?? []);
    this.timing = options.timing;
    this.plain = this.disabled.size === 0 && !this.timing;
    this.budget = options.budget ?? DEFAULT_WORK_BUDGET;
  }

  /** Opens the work budget of a paragraph of `length` characters. */
  startParagraph(length: number): void {
    this.spent = 0;
    this.limit = this.budget.base + this.budget.perChar * length;
  }

  /** Closes the paragraph's budget; true when it ran out, so that some rules did not run. */
  endParagraph(): boolean {
    const exhausted = this.exhausted;
    this.spent = 0;
    this.limit = Infinity;
    return exhausted;
  }

  get exhausted(): boolean {
    return this.spent > this.limit;
  }

  /** Whether a rule (or a stage named like one) takes part in this run. */
  enabled(id: string): boolean {
    return this.plain || !this.disabled.has(id);
  }

  /** The first rule whose triggers are present and that matches; null when none does. */
  first<Ctx, Out>(rules: readonly Rule<Ctx, Out>[], ctx: Ctx, signals = -1): Fired<Out> | null {
    if (this.exhausted) return null;
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k];
      if (!this.runs(rule, signals)) continue;
      const out = this.plain ? rule.match(ctx) : this.timed(rule, () => rule.match(ctx));
      if (out) return { rule: rule.id, out };
    }
    return null;
  }

  /** The sum of every rule's weight; `fired`, when given, collects the rules that weighed in. */
  sum<Ctx>(rules: readonly ScoreRule<Ctx>[], ctx: Ctx, fired?: { id: string; weight: number }[]): number {
    let total = 0;
    if (this.exhausted) return total;
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k];
      if (!this.runs(rule, -1)) continue;
      const w = this.plain ? rule.score(ctx) : this.timed(rule, () => rule.score(ctx));
      if (w !== 0) {
        total += w;
        fired?.push({ id: rule.id, weight: w });
      }
    }
    return total;
  }

  /** The first guard that rejects the candidate, or null when all keep it. */
  rejecting<Ctx>(guards: readonly GuardRule<Ctx>[], ctx: Ctx): string | null {
    // (Without the budget to test a candidate, it is dropped: fewer findings, never unchecked ones.)
    if (this.exhausted) return BUDGET_SPENT;
    for (let k = 0; k < guards.length; k++) {
      const g = guards[k];
      if (!this.runs(g, -1)) continue;
      if (this.plain ? g.rejects(ctx) : this.timed(g, () => g.rejects(ctx))) return g.id;
    }
    return null;
  }

  /** Runs a stage (a step that combines results) when it is enabled, timed like a rule. */
  stage<T>(id: string, run: () => T): T | undefined {
    if (this.plain) return run();
    if (this.disabled.has(id)) return undefined;
    return this.timing ? this.timed({ id, description: '' }, run) : run();
  }

  private runs(rule: RuleInfo, signals: number): boolean {
    if (rule.triggers && (signals & rule.triggers) !== rule.triggers) return false;
    if (!this.plain && this.disabled.has(rule.id)) return false;
    return ++this.spent <= this.limit;
  }

  private timed<T>(rule: RuleInfo, run: () => T): T {
    if (!this.timing) return run();
    const t0 = now();
    try {
      return run();
    } finally {
      this.timing.add(rule.id, now() - t0);
    }
  }
}

/** The id `rejecting` names when the paragraph's budget is spent. */
export const BUDGET_SPENT = 'engine/budget-spent';

export interface Fired<Out> {
  rule: string;
  out: Out;
}

/** The engine of a plain run: every rule on, nothing timed. */
export const DEFAULT_ENGINE = new RuleEngine();
