/** Apply an exercise's rules to one traced run: each rule's verdict, and whether all held. */
import type { TracedRun } from './facts.js';
import type { ExerciseModule, Rule, Verdict } from './types.js';

export interface RuleResult extends Verdict {
  rule: Rule;
}

export function check(
  mod: ExerciseModule,
  run: TracedRun,
): { results: RuleResult[]; passed: boolean } {
  const results = mod.rules.map((rule) => {
    try {
      return { rule, ...rule.check(run) };
    } catch (err) {
      // A rule that cannot read this run (an observer that saw less) fails, with the reason.
      const message = err instanceof Error ? err.message : String(err);
      return {
        rule,
        ok: false,
        evidence: { zh: `无法检查：${message}`, en: `could not check: ${message}` },
      };
    }
  });
  return { results, passed: results.every((r) => r.ok) };
}
