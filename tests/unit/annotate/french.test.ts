import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('French copy', () => {
  it('attributes « … », a déclaré M. Blanchet', () => {
    const r = read('«\u00a0Les chefs doivent se rencontrer\u00a0», a déclaré M. Blanchet mardi.');
    expect(r.saidBy('chefs doivent')).toBe('Blanchet');
    expect(r.quote('chefs doivent')?.cue?.text).toBe('déclaré');
  });

  it('attributes "Mme Joly a affirmé que … « … »"', () => {
    const r = read('Mme Joly a affirmé que le Canada ne serait «\u00a0jamais un 51e État\u00a0».');
    expect(r.saidBy('jamais')).toBe('Joly');
    expect(r.quote('jamais')?.kind).toBe('partial');
  });

  it('attributes "selon le bureau du premier ministre"', () => {
    const r = read('Les deux dirigeants se rencontreront «\u00a0dans un proche avenir\u00a0», selon le bureau du premier ministre.');
    expect(r.speakerSpanText('proche avenir')).toBe('le bureau du premier ministre');
  });

  it('attributes « … », a dit la ministre, then a-t-elle ajouté', () => {
    const r = read('«\u00a0Nous allons répondre\u00a0», a dit la ministre Mélanie Joly. «\u00a0Nous sommes prêts\u00a0», a-t-elle ajouté.');
    expect(r.saidBy('allons répondre')).toBe('Mélanie Joly');
    expect(r.speakerSpanText('sommes prêts')).toBe('a-t-elle');
  });

  it('attributes "a indiqué" with a narrow no-break space inside the marks', () => {
    const r = read('«\u202fLa réponse sera ferme\u202f», a indiqué M. Legault.');
    expect(r.quote('réponse')?.text).toBe('La réponse sera ferme');
    expect(r.saidBy('réponse')).toBe('Legault');
  });
});
