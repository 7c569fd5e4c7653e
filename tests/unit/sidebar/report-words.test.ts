import { afterEach, describe, expect, it, vi } from 'vitest';
import { toMarkdown } from '../../../src/export/markdown';
import { ENGLISH_REPORT } from '../../../src/export/report-words';
import { reportWords } from '../../../src/sidebar/report-words';
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
