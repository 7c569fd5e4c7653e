import type { Analysis } from '../../../src/model/analysis';

/** A small hand-made analysis: two named sources, one unnamed, an anonymity grant with a reason, a vague attribution. */
export function sampleAnalysis(): Analysis {
  const text = [
    '“We will not sign this deal,” Prime Minister Jane Roe said.',
    '“It is a bad deal for farmers, for workers, for everyone,” she added.',
    'Acme Corp. said the tariffs were “a tax on families.”',
    'One senior official said the talks had stalled.',
    'The official spoke on condition of anonymity because they were not authorized to discuss the talks.',
    'The paper agreed not to name the second source.',
    'Critics say the plan is rushed.',
    '“=HYPERLINK(1)” read a sign, with no one named.',
  ].join('\n\n');
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(s);
    return { start, end: start + s.length };
  };
  const quote = (id: string, words: string, speaker: string | null) => ({
    id,
    ...at(`“${words}”`),
    text: words,
    kind: 'direct' as const,
    speaker,
    speakerSpan: null,
    cue: null,
  });
  return {
    schema: 'sourcelight/analysis@1',
    title: 'Deal | no deal',
    site: 'The Example Times',
    byline: 'A. Reporter',
    url: 'https://example.org/deal',
    lang: 'en',
    text,
    removed: [],
    quotes: [
      quote('q1', 'We will not sign this deal,', 's1'),
      quote('q2', 'It is a bad deal for farmers, for workers, for everyone,', 's1'),
      quote('q3', 'a tax on families.', 's2'),
      quote('q4', '=HYPERLINK(1)', null),
    ],
    speakers: [
      { id: 's2', name: 'Acme Corp.', kind: 'organization', anonymous: false, description: null, mentions: [at('Acme Corp.')] },
      { id: 's1', name: 'Jane Roe', kind: 'person', anonymous: false, description: 'Prime Minister', mentions: [at('Jane Roe'), at('she')] },
      { id: 's3', name: 'senior official', kind: 'unnamed', anonymous: true, description: null, mentions: [at('One senior official')] },
    ],
    anonymous: [
      { ...at('One senior official said the talks had stalled.'), text: 'One senior official said the talks had stalled.', kind: 'unnamed-source', speaker: 's3', confidence: 'high' },
      {
        ...at('The official spoke on condition of anonymity because they were not authorized to discuss the talks.'),
        text: 'The official spoke on condition of anonymity because they were not authorized to discuss the talks.',
        kind: 'anonymity-grant',
        speaker: 's3',
        confidence: 'high',
      },
      { ...at('The paper agreed not to name the second source.'), text: 'The paper agreed not to name the second source.', kind: 'anonymity-grant', speaker: null, confidence: 'low' },
      { ...at('Critics say the plan is rushed.'), text: 'Critics say the plan is rushed.', kind: 'vague', speaker: null, confidence: 'high' },
    ],
  };
}
