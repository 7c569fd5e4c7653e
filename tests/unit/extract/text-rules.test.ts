import { describe, expect, it } from 'vitest';
import { matchLineRule, stripBoilerplateText } from '../../../src/extract/text-rules';

describe('stripBoilerplateText', () => {
  it('returns a text with nothing to remove character for character, line endings included', () => {
    const input = 'First paragraph, said Mr. Smith.\r\n\r\n  Second one.  \r\n';
    expect(stripBoilerplateText(input)).toEqual({ text: input, removed: [] });
  });

  it('drops a "<headline> - The Globe and Mail" title line', () => {
    const r = stripBoilerplateText('Body sentence one.\n\nTrump and Carney speak - The Globe and Mail\n');
    expect(r.text).toBe('Body sentence one.');
    expect(r.removed).toEqual([{ text: 'Trump and Carney speak - The Globe and Mail', rule: 'site-title-line' }]);
  });

  it('treats single lines as paragraphs when the text has no blank line', () => {
    const r = stripBoilerplateText('One.\nAdvertisement\nTwo.');
    expect(r.text).toBe('One.\n\nTwo.');
    expect(r.removed).toEqual([{ text: 'Advertisement', rule: 'advertisement' }]);
  });

  it('applies the sites\' own line rules too, a .txt having no site: CBC\'s "WATCH | …"', () => {
    const r = stripBoilerplateText('WATCH | Palestinians react to Sinwar being named Hamas political leader:\n\nBody.');
    expect(r.removed).toEqual([
      { text: 'WATCH | Palestinians react to Sinwar being named Hamas political leader:', rule: 'video-embed' },
    ]);
  });

  it('judges a hard-wrapped paragraph as a whole', () => {
    const r = stripBoilerplateText('Open this photo in gallery:A man\nwalks.Jane Doe/Reuters\n\nBody.');
    expect(r.removed.map((x) => x.rule)).toEqual(['globe-gallery-caption']);
    expect(r.text).toBe('Body.');
  });
});

describe('matchLineRule', () => {
  it.each([
    ['Open this photo in gallery:A caption.Jane Doe/The Canadian Press', 'globe-gallery-caption'],
    ['Click on the Run Some AI Magic button and choose an AI action to run on this article', 'ai-magic-promo'],
    ['Run Some AI Magic Click on the Run Some AI Magic button and choose an AI action', 'ai-magic-promo'],
    ['Report an editorial error', 'globe-report-error'],
    ['Follow related authors and topics', 'globe-follow-topics'],
    ['Sinwar greets his supporters in Gaza City, in April 2022. (Adel Hana/The Associated Press)', 'caption'],
    ['Kamala Harris poses with classmates. Photo by Handout/English Montreal School Board', 'caption'],
    ['Alex Brandon/The Canadian Press', 'credit'],
    ['Story continues below advertisement', 'advertisement'],
    ['Sign up for our daily newsletter, Posted, here', 'newsletter-signup'],
    ['Get daily National news', 'newsletter-signup'],
    ['Read more: Who is Yahya Sinwar?', 'read-more'],
    ['Share this article', 'share-bar'],
    ['Share on Facebook Twitter Email', 'share-bar'],
    ['Duration 1:30', 'video-embed'],
    ['2:34 Russia launches major nuclear drills with Belarus amid NATO tensions', 'video-embed'],
    ['• Email: dpaglinawan@postmedia.com', 'author-contact'],
    ['Getty Images', 'credit'],
    ['HIDE CAPTION', 'gallery-controls'],
    ['>>', 'gallery-controls'],
    ['5,263', 'counter'],
    ['Dec. 29, 2014, 5:04 PM', 'dateline'],
    ['___', 'separator'],
    ['To post a comment, log into your chosen social network and then add your comment below.', 'comments-prompt'],
    ['Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read', 'dateline'],
  ])('recognises %j as %s', (line, rule) => {
    expect(matchLineRule(line)).toBe(rule);
  });

  it.each([
    'With a report from the Associated Press.',
    'With files from The Canadian Press',
    '—Associated Press writer John Leicester in Paris contributed to this report.',
    'The White House, however, signalled that Mr. Trump’s campaign to absorb Canada will continue.',
    '10:30 a.m. Police arrived at the scene and closed the road.',
    'Published in 1998, the report warned of the risk.',
    'Read the report, she said, and you will see the numbers.',
    'More than 300 people attended the rally.',
    '2014',
    'Dec. 29, 2014, was the coldest day of the year.',
    // HuffPost poster captions whose bracket closes a sentence are article text in PolNeAR (the-rise-of-switzerland-s-trump).
    '“Finally establish safety! Yes to deportation of foreign criminals” (2015). (SVP/Global Risk Insights.)',
    // A NYT column's closing mailbox sentence (sisterhood-of-the-skateboard).
    'EMAIL: fitcity@nytimes.com.',
  ])('keeps the article sentence %j', (line) => {
    expect(matchLineRule(line)).toBeNull();
  });
});
