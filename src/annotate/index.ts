import type { AnonymousItem, Annotations, Quote, Speaker } from '../model/analysis';

/**
 * First-cut engine: paired quote marks, a "said" cue next to a capitalised name, and a short list
 * of anonymity phrases. The engine issue replaces this with the accurate one; the interface stays.
 */
const QUOTE_RE = /[“"«]([^“”"«»\n]{1,2000})[”"»]/g;
const NAME = String.raw`((?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3})`;
const AFTER_RE = new RegExp(String.raw`^[,\s]*(?:${NAME}\s(said|says|wrote|told)|(said|says)\s${NAME})`);
const BEFORE_RE = new RegExp(String.raw`${NAME}\s(said|says|told reporters|wrote)[^.“"]{0,40}$`);
const ANON_RE = /[^.!?\n]*\b(insider|(?:a|one|two|three) (?:senior )?(?:official|source)s?|the source|sources (?:said|say)|people familiar with|condition of anonymity|not authorized to (?:speak|discuss)|agreed not to identify)\b[^.!?\n]*[.!?]?/gi;

export function annotate(text: string): Annotations {
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  const speakerFor = (name: string, start: number): Speaker => {
    const key = name.replace(/^(Mr|Ms|Mrs|Dr)\.\s?/, '');
    const last = key.split(' ').pop() ?? key;
    let sp = [...speakers.values()].find((s) => s.name === key || s.name.endsWith(' ' + last));
    if (!sp) {
      sp = { id: `s${speakers.size + 1}`, name: key, kind: 'person', anonymous: false, description: null, mentions: [] };
      speakers.set(sp.id, sp);
    }
    sp.mentions.push({ start, end: start + name.length });
    return sp;
  };
  for (const m of text.matchAll(QUOTE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const inner = m[1] ?? '';
    const after = AFTER_RE.exec(text.slice(end, end + 80));
    const before = BEFORE_RE.exec(text.slice(Math.max(0, start - 120), start));
    let speaker: Speaker | null = null;
    let speakerStart = -1;
    let name = '';
    if (after) {
      name = (after[1] ?? after[4] ?? '').trim();
      speakerStart = end + after[0].lastIndexOf(name);
    } else if (before) {
      name = (before[1] ?? '').trim();
      speakerStart = Math.max(0, start - 120) + before.index + before[0].indexOf(name);
    }
    if (name) speaker = speakerFor(name, speakerStart);
    const sentenceStart = start === 0 || /[\n.!?]\s*$/.test(text.slice(Math.max(0, start - 3), start));
    quotes.push({
      id: `q${quotes.length + 1}`,
      start,
      end,
      text: inner,
      kind: sentenceStart ? 'direct' : 'partial',
      speaker: speaker?.id ?? null,
      speakerSpan: speaker && speakerStart >= 0 ? { start: speakerStart, end: speakerStart + name.length } : null,
      cue: null,
    });
  }
  const anonymous: AnonymousItem[] = [];
  for (const m of text.matchAll(ANON_RE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const span = m[0].trim();
    const grant = /anonymity|not authorized|not to identify/i.test(span);
    anonymous.push({
      start,
      end: start + span.length,
      text: span,
      kind: grant ? 'anonymity-grant' : 'unnamed-source',
      speaker: null,
      confidence: 'high',
    });
  }
  return { quotes, speakers: [...speakers.values()], anonymous };
}
