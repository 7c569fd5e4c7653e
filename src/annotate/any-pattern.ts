/**
 * A list of patterns asked only "does any of them match this sentence?", as one regex per flag set:
 * one scan of the sentence instead of one per pattern (the anonymity tables hold a dozen or more).
 * Exact: an alternation matches a string wherever one of its branches does. A pattern the union
 * could change is tried alone, as before: one with a backreference or a named group (numbered and
 * named per pattern), or with a flag that keeps state (g, y).
 */
export function anyOf(patterns: readonly RegExp[]): (s: string) => boolean {
  const tests: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (re.global || re.sticky || /\\[1-9k]|\(\?<[^=!]/.test(re.source)) tests.push(re);
    else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  }
  for (const [flags, sources] of byFlags) tests.push(new RegExp(sources.join('|'), flags));
  return (s) => {
    for (const re of tests) if (re.test(s)) return true;
    return false;
  };
}
