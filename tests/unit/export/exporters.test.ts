import { describe, expect, it } from 'vitest';
import { toCsv, CSV_COLUMNS } from '../../../src/export/csv';
import { toJson } from '../../../src/export/json';
import { toMarkdown } from '../../../src/export/markdown';
import { ENGLISH_REPORT } from '../../../src/export/report-words';
import { grantReason, groupSources, summarize } from '../../../src/export/summary';
import { sampleAnalysis } from './sample';

/** A small RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('the sourcing summary', () => {
  it('counts quotes, distinct sources, named and unnamed ones', () => {
    const s = summarize(sampleAnalysis());
    expect(s).toMatchObject({ quotes: 4, sources: 3, named: 2, unnamed: 1, unnamedPassages: 1 });
  });

  it('shares the quoted words by source, largest first, the quotes without a speaker last', () => {
    const s = summarize(sampleAnalysis());
    expect(s.shares.map((x) => x.speaker?.name ?? null)).toEqual(['Jane Roe', 'Acme Corp.', null]);
    expect(s.shares[0]!.words).toBe(17); // 6 + 11 words
    expect(s.shares.reduce((n, x) => n + x.share, 0)).toBeCloseTo(1);
  });

  it('sorts sources most quoted first and keeps an unnamed source that passages rest on', () => {
    expect(groupSources(sampleAnalysis()).map((g) => [g.speaker.name, g.quotes.length, g.passages])).toEqual([
      ['Jane Roe', 2, 0],
      ['Acme Corp.', 1, 0],
      ['senior official', 0, 2],
    ]);
  });

  it('gives the reason an anonymity grant states, or none', () => {
    const [withReason, without] = summarize(sampleAnalysis()).grants;
    expect(withReason!.reason).toBe('they were not authorized to discuss the talks');
    expect(without!.reason).toBeNull();
    expect(grantReason('The Globe agreed not to identify the insider to learn details of the strategy.')).toBe(
      'to learn details of the strategy',
    );
  });
});

describe('the exporters', () => {
  it('writes one CSV row per quote with speaker, kind, text and anonymity, quoting commas and quotes', () => {
    const rows = parseCsv(toCsv(sampleAnalysis()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.q2!.slice(1, 6)).toEqual(['Jane Roe', 'person', 'false', 'direct', 'It is a bad deal for farmers, for workers, for everyone,']);
    expect(byId.q3!.slice(1, 4)).toEqual(['Acme Corp.', 'organization', 'false']);
    expect(byId.q4!.slice(1, 4)).toEqual(['', '', '']);
  });

  it('keeps a quote that looks like a spreadsheet formula as text', () => {
    const q4 = parseCsv(toCsv(sampleAnalysis())).find((r) => r[0] === 'q4')!;
    expect(q4[5]).toBe("'=HYPERLINK(1)");
  });

  it('writes a Markdown report that answers who the story is built on', () => {
    const md = toMarkdown(sampleAnalysis(), ENGLISH_REPORT);
    expect(md).toMatch(/^# Sourcing report: Deal \\\| no deal$/m);
    expect(md).toContain('- 4 quotes from 3 sources: 2 named, 1 unnamed');
    expect(md).toContain('reason given: they were not authorized to discuss the talks');
    expect(md).toContain('no reason given');
    expect(md).toContain('- 1 vague attribution');
    expect(md).toMatch(/\| Jane Roe \| 17 \| \d+% \|/);
    expect(md.indexOf('### Jane Roe (person)')).toBeLessThan(md.indexOf('### Acme Corp. (organization)'));
    expect(md).toContain('### senior official (unnamed source, not named)');
    expect(md).toContain('- Critics say the plan is rushed.');
  });

  it('exports the contract result as JSON, adding the page address when missing', () => {
    const a = { ...sampleAnalysis(), url: null };
    const parsed = JSON.parse(toJson(a, 'https://example.org/live'));
    expect(parsed.schema).toBe('sourcelight/analysis@1');
    expect(parsed.url).toBe('https://example.org/live');
    expect(parsed.quotes).toHaveLength(4);
    expect(JSON.parse(toJson(sampleAnalysis(), 'https://other')).url).toBe('https://example.org/deal');
  });
});
