/**
 * A list of patterns asked only "does any of them match this sentence?", as one regex per flag set:
 * one scan of the sentence instead of one per pattern (the anonymity tables hold a dozen or more).
 * Exact: an alternation matches a string wherever one of its branches does. A pattern the union
 * could change is tried alone, as before: one with a backreference or a named group (their
 * numbering and names are per pattern), or with a stateful flag (g, y).
 */
export function anyOf(patterns: readonly RegExp[]): (s: string) => boolean {
  const alone: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (re.global || re.sticky || /\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source)) {
      alone.push(re);
      continue;
    }
    const sources = byFlags.get(re.flags) ?? [];
    sources.push(`(?:${re.source})`);
    byFlags.set(re.flags, sources);
  }
  const tests = [...alone];
  for (const [flags, sources] of byFlags) tests.push(new RegExp(sources.join('|'), flags));
  return (s) => {
    for (const re of tests) if (re.test(s)) return true;
    return false;
  };
}
