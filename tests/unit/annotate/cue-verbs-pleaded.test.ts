import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('"pleaded" as a cue', () => {
  it('gives "“Come home,” Lina Dorn, his daughter, pleaded" to Lina Dorn, not to the man named before', () => {
    const r = read('The pilot, Mr. Arvo Kask, had flown for 30 years. “Papa, come home, I still need you,” Lina Dorn, his daughter, pleaded in online comments.');
    expect(r.saidBy('come home')).toBe('Lina Dorn');
  });

  it('reads "pleaded to witness tampering" as a plea in court, keeping the quotation before it', () => {
    const r = read('Ivo Tamm made straw donations to several candidates, including Lena Berg. In fact, Tamm was the founder of “Estonians for Lena 2008.” Tamm also pleaded to witness tampering; the FBI recorded him.');
    expect(r.quote('Estonians for Lena')).toBeDefined();
  });
});
