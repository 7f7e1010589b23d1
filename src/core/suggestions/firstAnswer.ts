/**
 * The suggesters' decisions are ordered lists of named rules (CLASSIFY_RULES, SPEAKER_RULES,
 * CUE_RULES): each rule answers or passes, and the first answer decides.
 */

/** The answer of the first rule that gives one, or undefined when every rule passes. */
export function firstAnswer<Context, Answer>(rules: readonly ((context: Context) => Answer | undefined)[], context: Context): Answer | undefined {
  for (const rule of rules) {
    const answer = rule(context);
    if (answer !== undefined) return answer;
  }
  return undefined;
}
