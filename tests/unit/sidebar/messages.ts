import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Serves the real `locales/<lang>.yml` strings through the fake browser's `i18n.getMessage`
 * (which WXT's fake leaves unimplemented), so components render the words a reader sees.
 */
export async function useLocale(lang: 'en' | 'fr'): Promise<void> {
  const parsed = await parseMessagesFile(resolve(import.meta.dirname, `../../../locales/${lang}.yml`));
  const messages = generateChromeMessages(parsed);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const m = messages[key]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
}
