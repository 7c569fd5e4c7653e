import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('plural demonyms as speakers', () => {
  it('lists "Iowans say" as a group, not a person named Iowans', () => {
    const r = read('The caucus is next week.\n\nIowans say the race is “wide open.”');
    expect(r.speakerOf(r.quote('wide open'))?.kind).toBe('group');
  });

  it('lists "Hispanics say" as a group', () => {
    const r = read('The caucus is next week.\n\nHispanics say the race is “wide open.”');
    expect(r.speakerOf(r.quote('wide open'))?.kind).toBe('group');
  });

  it('keeps "Many Iowans say" as a source that speaks', () => {
    const r = read('The caucus is next week.\n\nMany Iowans say the race is “wide open.”');
    expect(r.saidBy('wide open')).toBe('Iowans');
  });

  it('keeps a short surname in -ans a person: "said Chris Evans"', () => {
    const r = read('“It is wide open,” said Chris Evans.');
    expect(r.speakerOf(r.quote('wide open'))?.kind).toBe('person');
  });
});

describe('a name in -rans is no demonym', () => {
  it('does not list "Caltrans told" as a group of people', () => {
    const r = read('The sign was changed.\n\nCaltrans told reporters the message was “unauthorized.”');
    expect(r.speakerOf(r.quote('unauthorized'))?.kind).not.toBe('group');
  });
});
