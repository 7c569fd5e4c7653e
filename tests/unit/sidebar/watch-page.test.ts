// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/session/watch-page';

describe('watchPage', () => {
  let host: HTMLElement;
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>One.</p><p>Two.</p></article>';
    host = document.createElement('div');
    document.documentElement.append(host);
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    host.remove();
    vi.useRealTimers();
  });

  const settle = async (ms: number) => {
    await Promise.resolve(); // MutationObserver callbacks run as microtasks
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('calls back once, after the page stops changing, for a burst of insertions', async () => {
    const onChange = vi.fn();
    watchPage(document.documentElement, host, controller.signal, onChange, { delay: 100 });
    for (let i = 0; i < 5; i++) {
      document.body.prepend(Object.assign(document.createElement('p'), { textContent: `update ${i}` }));
      await settle(50);
    }
    expect(onChange).not.toHaveBeenCalled();
    await settle(150);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still calls back within maxWait on a page that never stops changing (a live blog)', async () => {
    const onChange = vi.fn();
    watchPage(document.documentElement, host, controller.signal, onChange, { delay: 100, maxWait: 300 });
    for (let i = 0; i < 8; i++) {
      document.querySelector('p')!.textContent = `tick ${i}`;
      await settle(60);
    }
    expect(onChange).toHaveBeenCalled();
  });

  it('ignores changes inside its own host', async () => {
    const onChange = vi.fn();
    watchPage(document.documentElement, host, controller.signal, onChange, { delay: 50 });
    host.append(document.createElement('style'));
    host.firstChild!.textContent = '::highlight(x) {}';
    await settle(200);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('calls back at once when the page removes the host itself', async () => {
    const onChange = vi.fn();
    watchPage(document.documentElement, host, controller.signal, onChange, { delay: 10_000 });
    host.remove();
    await Promise.resolve();
    await Promise.resolve();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops for good when the session is aborted', async () => {
    const onChange = vi.fn();
    watchPage(document.documentElement, host, controller.signal, onChange, { delay: 50 });
    document.body.append(document.createElement('p'));
    controller.abort();
    await settle(200);
    document.body.append(document.createElement('p'));
    await settle(200);
    expect(onChange).not.toHaveBeenCalled();
  });
});
