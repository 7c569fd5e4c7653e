import type { Analysis } from '../model/analysis';

const cell = (v: string | number | boolean | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per quote: speaker, kind, text, whether the speaker is anonymous. */
export function toCsv(a: Analysis): string {
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const rows: string[] = ['id,start,end,kind,speaker,speaker_kind,anonymous,text'];
  for (const q of a.quotes) {
    const sp = q.speaker ? speakers.get(q.speaker) : undefined;
    rows.push([q.id, q.start, q.end, q.kind, sp?.name ?? null, sp?.kind ?? null, sp?.anonymous ?? false, q.text].map(cell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
