import { describe, expect, it } from 'vitest';
import { BUILDS, manifestOf } from './built-output';

describe.each(BUILDS)('the built %s manifest', (build) => {
  const manifest = () => manifestOf(build);

  it('asks for activeTab, scripting and storage, and nothing else', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('asks for no host permissions: pages are reached only through a toolbar click (activeTab)', () => {
    const m = manifest();
    expect(m.host_permissions ?? []).toEqual([]);
    // MV2 puts host patterns among the permissions: none of them may look like a URL pattern.
    expect((m.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('asks for no optional permissions that could widen access later', () => {
    expect(manifest().optional_permissions ?? []).toEqual([]);
    expect(manifest().optional_host_permissions ?? []).toEqual([]);
  });

  it('declares no content script that runs by itself on pages (it is injected on click)', () => {
    const declared = manifest().content_scripts ?? [];
    expect(declared.filter((c) => (c.matches ?? []).length > 0)).toEqual([]);
  });

  it('exposes no resource to pages and accepts no messages from them (either would let a site detect the extension)', () => {
    expect(manifest().web_accessible_resources).toBeUndefined();
    expect(manifest().externally_connectable).toBeUndefined();
  });

  it('keeps the default content security policy: no remote script sources, no unsafe-eval', () => {
    const csp = manifest().content_security_policy;
    const text = typeof csp === 'string' ? csp : Object.values(csp ?? {}).join(';');
    expect(text).not.toMatch(/unsafe-eval|https?:/);
  });
});
