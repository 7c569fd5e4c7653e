import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../../src/annotate/text-units';

const split = (text: string) => paragraphs(text).flatMap((p) => sentences(text, p).map((s) => text.slice(s.start, s.end)));

describe('sentences', () => {
  it('does not end a sentence after "Mr." or "U.S."', () => {
    expect(split('Mr. Hoekstra met U.S. officials on Tuesday. He said little.')).toEqual([
      'Mr. Hoekstra met U.S. officials on Tuesday.',
      'He said little.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(split('“We will win.” The crowd cheered.')).toEqual(['“We will win.”', 'The crowd cheered.']);
  });

  it('splits paragraphs on CRLF and keeps offsets into the text', () => {
    const text = 'First one.\r\n\r\nSecond one.';
    expect(split(text)).toEqual(['First one.', 'Second one.']);
  });

  it('splits 200,000 paragraphs in one pass, also once the splitter has been optimised on short texts', { timeout: 2000 }, () => {
    // Warm-up as in a long session: the optimised splitter once searched the whole text again for each line end.
    for (let k = 0; k < 20_000; k++) paragraphs('One.\n\nTwo.\n\nThree.');
    const text = 'A line of text.\n'.repeat(200_000);
    const paras = paragraphs(text);
    expect(paras).toHaveLength(200_000);
    expect(paras[199_999]).toEqual({ start: 3_199_984, end: 3_199_999 });
  });

  it('uses Intl.Segmenter for sentences that end in 。', () => {
    expect(split('特朗普说他会赢。卡尼说不会。')).toEqual(['特朗普说他会赢。', '卡尼说不会。']);
  });
});
