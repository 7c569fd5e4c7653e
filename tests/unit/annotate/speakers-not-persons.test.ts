import { describe, expect, it } from 'vitest';
import { read } from './helpers';

/** The names of the speakers of kind person. */
const persons = (text: string) => read(text).speakers.filter((s) => s.kind === 'person').map((s) => s.name);

describe('words that are no person are never listed as one', () => {
  it('reads an abbreviated state after a town ("Dover, N.H.,") as a place, not a person', () => {
    expect(persons('At a rally in Dover, N.H., on Friday, Senator Ann Lee praised the plan, saying that "it will work."')).not.toContain('N.H.');
    expect(persons('The deal was struck, according to U.S. trade records. "We are pleased," Lee said.')).not.toContain('U.S.');
  });
});
