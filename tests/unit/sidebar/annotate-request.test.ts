import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotate } from '../../../src/annotate';
import { answerMessage } from '../../../src/session/background-messages';
import { ANNOTATE, isAnnotateRequest, requestAnnotations } from '../../../src/session/messages';

const SEED = readFileSync(resolve(import.meta.dirname, '../../fixtures/globe-and-mail/trump-carney-call.txt'), 'utf8');

describe("the panel's analysis, done by the background", () => {
  beforeEach(() => fakeBrowser.reset());

  it('gets back what the engine finds in the text it sends', async () => {
    fakeBrowser.runtime.onMessage.addListener(answerMessage);
    const got = await requestAnnotations(SEED);
    expect(got.annotations.quotes.length).toBeGreaterThan(0);
    expect(got.annotations).toEqual(annotate(SEED));
    // How long the engine took, for the benchmark's stages (the rest of the round trip is messaging).
    expect(got.engineMs).toBeGreaterThanOrEqual(0);
  });

  it('rejects, rather than show an empty analysis, when the background does not answer (the extension was reloaded)', async () => {
    await expect(requestAnnotations(SEED)).rejects.toThrow();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ annotations: { quotes: [] }, engineMs: 1 }));
    await expect(requestAnnotations(SEED)).rejects.toThrow(/no analysis/);
  });

  it('answers only a request that carries text', () => {
    expect(isAnnotateRequest({ type: ANNOTATE, text: 'He said “yes.”' })).toBe(true);
    expect(isAnnotateRequest({ type: ANNOTATE, text: 42 })).toBe(false);
    expect(isAnnotateRequest({ type: ANNOTATE })).toBe(false);
    expect(answerMessage({ type: ANNOTATE, text: null })).toBeUndefined();
    expect(answerMessage('hello')).toBeUndefined();
  });
});
