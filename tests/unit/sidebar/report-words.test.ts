import { afterEach, describe, expect, it, vi } from 'vitest';
import { toMarkdown } from '../../../src/export/markdown';
import { ENGLISH_REPORT } from '../../../src/export/report-words';
import { exportFile } from '../../../src/session/export-file';
import { reportWords } from '../../../src/session/report-words';
import { sampleAnalysis } from '../export/sample';
import { useLocale } from './messages';

describe('the Markdown export in the reader’s language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes, from the English panel, exactly the report the command line writes', async () => {
    await useLocale('en');
    expect(toMarkdown(sampleAnalysis(), reportWords())).toBe(toMarkdown(sampleAnalysis(), ENGLISH_REPORT));
  });

  it('writes the report in French from the French panel, keeping the article’s own words', async () => {
    await useLocale('fr');
    const md = toMarkdown(sampleAnalysis(), reportWords());
    expect(md).toMatch(/^# Rapport sur les sources : Deal \\\| no deal$/m);
    expect(md).toContain('## Sur qui repose cet article ?');
    expect(md).toContain('- 4 citations de 3 sources : 2 nommées, 1 non nommée');
    expect(md).toContain('raison donnée : they were not authorized to discuss the talks');
    expect(md).toContain('- 1 attribution vague');
    expect(md).toContain('### Jane Roe (personne)');
    expect(md).toContain('- Critics say the plan is rushed.');
    for (const english of ['Sourcing report', 'Who is this story', 'named', 'reason given', 'Anonymous sourcing', 'Made by'])
      expect(md).not.toContain(english);
  });
});

describe('the panel’s export, written in the background', () => {
  it('writes the Markdown report in the reader’s language', async () => {
    await useLocale('fr');
    expect(exportFile({ format: 'md', analysis: sampleAnalysis(), url: 'https://example.com/a' })).toBe(toMarkdown(sampleAnalysis(), reportWords()));
  });

  it('writes the CSV with one row per quote', () => {
    const csv = exportFile({ format: 'csv', analysis: sampleAnalysis(), url: 'https://example.com/a' });
    expect(csv.split('\r\n')[0]).toBe('quote_id,speaker,speaker_kind,anonymous,quote_kind,text,start,end');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(sampleAnalysis().quotes.length + 1);
  });

  it('writes the contract JSON with the page’s address when the analysis has none', () => {
    const a = { ...sampleAnalysis(), url: null };
    expect(JSON.parse(exportFile({ format: 'json', analysis: a, url: 'https://example.com/a' })).url).toBe('https://example.com/a');
  });
});
