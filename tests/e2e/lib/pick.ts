import { expect } from 'vitest';
import { passagePoint, pickedEntry } from './sidebar-probe';

/** What the pick test needs of a browser's page (Playwright's and Puppeteer's both fit). */
export interface PickDriver {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  click(x: number, y: number): Promise<void>;
}

async function waitForPicked(d: PickDriver, words: string): Promise<NonNullable<ReturnType<typeof pickedEntry>>> {
  let got: ReturnType<typeof pickedEntry> = null;
  for (let i = 0; i < 50; i++) {
    got = await d.evaluate(pickedEntry, undefined);
    if (got?.text.includes(words)) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no panel entry holding "${words}" was marked; last: ${JSON.stringify(got)}`);
}

/**
 * On the seed article with the panel open: a click on a highlighted quote marks its entry in the
 * panel and brings it into the panel's view, flashes the passage and leaves the page where it was;
 * a click on a source's later mention marks the source; a click on unhighlighted words changes nothing.
 */
export async function expectPickFromPage(d: PickDriver): Promise<void> {
  const quote = await d.evaluate(passagePoint, { layer: 'quote', words: 'We must also invest in defending North America' });
  expect(quote, 'the quote is highlighted').not.toBeNull();
  const scrollY = await d.evaluate(() => window.scrollY, undefined);
  await d.click(quote!.x, quote!.y);
  const picked = await waitForPicked(d, 'We must also invest in defending North America');
  expect(picked.inView, 'the entry is in the panel’s view').toBe(true);
  expect(await d.evaluate(() => CSS.highlights.has('sourcelight-flash'), undefined), 'the passage flashes').toBe(true);
  expect(await d.evaluate(() => window.scrollY, undefined), 'the page stays where the reader is').toBe(scrollY);

  const mention = await d.evaluate(passagePoint, { layer: 'source', words: 'Hoekstra' });
  expect(mention, 'a mention of Pete Hoekstra is highlighted').not.toBeNull();
  await d.click(mention!.x, mention!.y);
  const source = await waitForPicked(d, 'Pete Hoekstra');
  expect(source.key).toMatch(/:m0$/);
  expect(source.inView).toBe(true);

  const plain = await d.evaluate(() => {
    // Words no layer paints: "following the Liberal Party" sits between two names.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf('following the Liberal');
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = document.createRange();
      r.setStart(n, at + 2);
      r.setEnd(n, at + 6);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, undefined);
  expect(plain).not.toBeNull();
  await d.click(plain!.x, plain!.y);
  await new Promise((r) => setTimeout(r, 300));
  expect((await d.evaluate(pickedEntry, undefined))?.text, 'a click outside any passage keeps the entry').toContain('Pete Hoekstra');
}
