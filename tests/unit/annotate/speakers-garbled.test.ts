import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// UTF-8 read as Latin-1 ("mojibake"): "Trévidic" arrives as "TrÃ©vidic", split by the tokenizer at "©".
describe('names garbled by a wrong encoding', () => {
  it('reads "Marc TrÃ©vidic put it" as one name', () => {
    const r = read('Tom Hart spoke first. As the prosecutor Marc TrÃ©vidic put it, “there was not much to complain about.”');
    expect(r.speakerSpanText('not much to complain')).toBe('Marc TrÃ©vidic');
    expect(r.saidBy('not much to complain')).toBe('Marc TrÃ©vidic');
  });

  it('reads "President FranÃ§ois Hollande condemned the “…”" as Hollande, not the person cited before', () => {
    const r = read('“It was planned,” said Ann Lee, the mayor. In an address, President FranÃ§ois Hollande condemned the “attack whose nature cannot be denied.”');
    expect(r.speakerSpanText('cannot be denied')).toBe('President FranÃ§ois Hollande');
  });

  it('keeps a garbled surname a person: "“…,” SarukhÃ¡n added." after "Arturo SarukhÃ¡n, the ambassador, said …"', () => {
    const r = read('Arturo SarukhÃ¡n, the ambassador, said the plan would fail.\n\n“There is a need to act,” SarukhÃ¡n added.');
    expect(r.speakerOf(r.quote('need to act'))?.kind).toBe('person');
  });
});
