/** ", the mayor of Springfield,", ", a longtime city councillor.": an appositive after a name, up to its end. */
const APPOSITIVE = /^,\s+(?:the|a|an|\p{Lu}[\p{L}.’'-]*[’']s)\s([^,.;:!?“”"()]{1,80})/u;

/** Words that may follow an appositive's head noun: "the mayor of Springfield", "a pollster who conducted …". */
const AFTER_HEAD: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'and', 'who', 'whose', 'which', 'that']);

/**
 * The appositive after a name ending at `at` in `text` (see appositiveAfter): none unless a comma
 * follows it right away, which APPOSITIVE needs first, so most names cost no slice and no regex.
 */
export function appositiveAt(text: string, at: number): { text: string; head: string } | null {
  return text.charCodeAt(at) === 44 ? appositiveAfter(text.slice(at, at + 100)) : null;
}

/**
 * The appositive that follows a name (`after` is the text right after it): its words and its head
 * noun, the last word before a preposition, "and" or a relative ("the mayor of Springfield",
 * "the city’s new treasurer", "a free navigation app that …"), not a modifier ("the mayor’s aide")
 * or a later noun ("half of a polling team"). Null when none, or when the head is far in.
 */
export function appositiveAfter(after: string): { text: string; head: string } | null {
  const m = APPOSITIVE.exec(after);
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(' ');
  let end = 0;
  while (end < words.length && !AFTER_HEAD.has(words[end]!)) end++;
  return end > 0 && end <= 6 ? { text: m[1]!, head: words[end - 1]! } : null;
}
