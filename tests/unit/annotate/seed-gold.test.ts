import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePlainText } from '../../../src/analyze';

/** The seed article against its hand-written gold, through the same text pipeline the CLI uses. */
const dir = join(import.meta.dirname, '../../fixtures/globe-and-mail');
const gold = JSON.parse(readFileSync(join(dir, 'trump-carney-call.gold.json'), 'utf8')) as {
  speakers: { name: string; aliases: string[]; anonymous: boolean }[];
  quotes: { text: string; speaker: string; kind: string }[];
  anonymous: { text: string; kind: string }[];
};
const analysis = analyzePlainText(readFileSync(join(dir, 'trump-carney-call.txt'), 'utf8'));
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const lastWord = (s: string) => norm(s).split(' ').pop() ?? '';

function namesFor(name: string): string[] {
  const g = gold.speakers.find((s) => s.name === name)!;
  return [g.name, ...g.aliases].map(norm);
}

describe('the seed article (Globe and Mail, Trump–Carney call)', () => {
  it.each(gold.quotes.map((q) => [q.text.slice(0, 50), q] as const))('finds “%s…” with the right speaker and kind', (_, g) => {
    const q = analysis.quotes.find((x) => norm(x.text) === norm(g.text));
    expect(q, 'quote found').toBeDefined();
    expect(q!.kind).toBe(g.kind);
    const speaker = analysis.speakers.find((s) => s.id === q!.speaker);
    expect(speaker, 'speaker found').toBeDefined();
    const names = namesFor(g.speaker);
    const ok = names.includes(norm(speaker!.name)) || names.some((n) => lastWord(n) === lastWord(speaker!.name));
    expect(ok, `${speaker!.name} is ${g.speaker}`).toBe(true);
  });

  it('finds no quote the gold does not have', () => {
    expect(analysis.quotes).toHaveLength(gold.quotes.length);
  });

  it.each(gold.anonymous.map((a) => [a.text.slice(0, 50), a] as const))('flags “%s…” as anonymous sourcing', (_, g) => {
    const at = analysis.text.indexOf(g.text);
    expect(at).toBeGreaterThanOrEqual(0);
    const hit = analysis.anonymous.find((a) => a.kind !== 'vague' && a.start < at + g.text.length && at < a.end);
    expect(hit).toBeDefined();
  });

  it('flags nothing else as anonymous, and no named speaker as anonymous', () => {
    const flagged = analysis.anonymous.filter((a) => a.kind !== 'vague');
    expect(flagged).toHaveLength(gold.anonymous.length);
    const anonymousNames = gold.speakers.filter((s) => s.anonymous).flatMap((s) => [s.name, ...s.aliases].map(norm));
    for (const s of analysis.speakers.filter((x) => x.anonymous && x.kind !== 'group')) {
      const isGoldAnonymous = anonymousNames.includes(norm(s.name));
      const isNamed = gold.speakers.some((g) => !g.anonymous && [g.name, ...g.aliases].map(norm).includes(norm(s.name)));
      expect(isNamed, `${s.name} is a named source`).toBe(false);
      void isGoldAnonymous;
    }
  });
});
