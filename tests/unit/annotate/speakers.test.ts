import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('attributing quotations', () => {
  it('attributes a quote that follows "said Mr. Hoekstra" to Pete Hoekstra', () => {
    const r = read('It was Pete Hoekstra’s first official statement.\n\n“We have a big job ahead of us,” said Mr. Hoekstra.');
    expect(r.saidBy('big job')).toBe('Pete Hoekstra');
    expect(r.speakerSpanText('big job')).toBe('Mr. Hoekstra');
  });

  it('attributes "“…,” Mr. Hoekstra said in a statement" and its cue', () => {
    const r = read('“We must also invest in defending North America,” Mr. Hoekstra said in a statement.');
    const q = r.quote('defending')!;
    expect(r.saidBy('defending')).toBe('Hoekstra');
    expect(q.cue?.text).toBe('said');
  });

  it('splits a title from the name: "White House press secretary Karoline Leavitt"', () => {
    const r = read('At a briefing, White House press secretary Karoline Leavitt said Mr. Trump was “truthing, all the way.”');
    const s = r.speakerOf(r.quote('truthing'))!;
    expect(s.name).toBe('Karoline Leavitt');
    expect(s.kind).toBe('person');
    expect(s.description).toBe('White House press secretary');
  });

  it('attributes a readout to the Prime Minister’s Office and then "the statement said" to the same office', () => {
    const r = read(
      '“The leaders spoke,” the Prime Minister’s Office said in a readout of the call.\n\n“They agreed to meet,” the statement said.',
    );
    expect(r.saidBy('leaders spoke')).toBe('Prime Minister’s Office');
    expect(r.saidBy('agreed to meet')).toBe('Prime Minister’s Office');
    expect(r.speakerOf(r.quote('agreed to meet'))?.kind).toBe('organization');
  });

  it('gives a continuation paragraph with no cue to the last speaker', () => {
    const r = read('“We’ve got a big job ahead of us,” Mr. Hoekstra said.\n\n“We must also invest in defence.”');
    expect(r.saidBy('invest in defence')).toBe('Hoekstra');
  });

  it('resolves "he told reporters" to the source of the paragraph before', () => {
    const r = read(
      'Mr. Blanchet, whose separatist party lost 12 seats in Quebec, said the tariff war requires leaders to set aside differences.\n\n' +
        '“They should meet,” he told reporters Tuesday.',
    );
    expect(r.saidBy('They should meet')).toBe('Blanchet');
    expect(r.speakerSpanText('They should meet')).toBe('he');
  });

  it('resolves "the Prime Minister" to the person introduced with that title', () => {
    const r = read(
      'U.S. President Donald Trump spoke with Prime Minister Mark Carney.\n\n' +
        'In his victory speech, the Prime Minister also vowed to seek new trading relationships.\n\n' +
        '“We have to look out for ourselves,” he said.',
    );
    expect(r.saidBy('look out')).toBe('Mark Carney');
  });

  it('links "the new U.S. ambassador to Canada" to the person the next sentence names as ambassador', () => {
    const r = read(
      'Meanwhile, the new U.S. ambassador to Canada also congratulated Mr. Carney and said the countries have “a big job ahead of us.”\n\n' +
        'It was Pete Hoekstra’s first official statement as ambassador.',
    );
    const s = r.speakerOf(r.quote('big job'))!;
    expect(s.name).toBe('Pete Hoekstra');
    expect(r.speakerSpanText('big job')).toBe('the new U.S. ambassador to Canada');
  });

  it('attributes both halves of a quote split by its cue', () => {
    const r = read('“They should meet,” he told reporters, “and set aside their differences.” Mr. Blanchet spoke in Ottawa.');
    expect(r.speakerSpanText('They should meet')).toBe('he');
    expect(r.speakerSpanText('set aside')).toBe('he');
  });

  it('attributes "according to X"', () => {
    const r = read('The plan is “dead on arrival,” according to Senate Majority Leader Mitch McConnell.');
    expect(r.saidBy('dead on arrival')).toBe('Mitch McConnell');
  });

  it('finds the source after a long aside: "“…,” Bill Eastland, wearing a cowboy hat, said"', () => {
    const r = read('“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat, said.');
    expect(r.saidBy('successful conventions')).toBe('Bill Eastland');
  });

  it('takes the subject of the sentence before a colon: "Rubio fired back: “…”"', () => {
    const r = read('When Trump suggested Cuba would sue, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose.”');
    expect(r.saidBy('going to lose')).toBe('Rubio');
  });

  it('attributes a question whose cue starts the next sentence: “Why’s he attacking me?” Trump said.', () => {
    const r = read('“Why’s he attacking me?” Trump said. “He’s got to knock out seven or eight guys first.”');
    expect(r.saidBy('attacking me')).toBe('Trump');
  });

  it('keeps "he" to a man when an earlier source is "Ms."', () => {
    const r = read('Ms. Kelly said the plan was final. Mr. Blanchet said the talks would go on.\n\n“We will see,” he said.');
    expect(r.saidBy('We will see')).toBe('Blanchet');
  });

  it('lists every mention of a speaker, pronouns included', () => {
    const text = 'Pete Hoekstra arrived Tuesday. “It is an honour,” Mr. Hoekstra said. “We will work hard,” he said.';
    const r = read(text);
    const s = r.speakers.find((x) => x.name === 'Pete Hoekstra')!;
    const said = s.mentions.map((m) => text.slice(m.start, m.end));
    expect(said).toEqual(['Pete Hoekstra', 'Mr. Hoekstra', 'he']);
  });

  it('gives stable ids for the same input', () => {
    const text = '“A,” said Mr. Hoekstra. “B,” Ms. Leavitt said.';
    expect(read(text).quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(JSON.stringify(read(text))).toBe(JSON.stringify(read(text)));
  });
});
