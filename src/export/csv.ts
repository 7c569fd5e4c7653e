import type { Analysis } from '../model/analysis';

/** Columns, in order: one row per quote. */
export const CSV_COLUMNS = ['quote_id', 'speaker', 'speaker_kind', 'anonymous', 'quote_kind', 'text', 'start', 'end'] as const;

const cell = (v: string | number | boolean | null): string => {
  let s = v === null ? '' : String(v);
  // A cell a spreadsheet would run as a formula (=, +, @, or - before a non-space) is kept as text.
  if (/^(?:[=+@\t\r]|-\S)/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per quote: who said it (name, kind, whether unnamed), the quote's kind and words, its offsets. */
export function toCsv(a: Analysis): string {
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const q of a.quotes) {
    const sp = q.speaker ? speakers.get(q.speaker) : undefined;
    const anonymous = sp ? sp.anonymous || sp.kind === 'unnamed' : null;
    rows.push([q.id, sp?.name ?? null, sp?.kind ?? null, anonymous, q.kind, q.text, q.start, q.end].map(cell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
