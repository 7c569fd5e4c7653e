// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/sidebar/App';
import { entryKeyOf } from '../../../src/session/placement';
import { createSidebarState, type SidebarActions, type SidebarState } from '../../../src/sidebar/state';
import { sampleAnalysis } from '../export/sample';
import { useLocale } from './messages';

function actionsSpy() {
  return {
    close: vi.fn<SidebarActions['close']>(),
    toggleLayer: vi.fn<SidebarActions['toggleLayer']>(),
    reveal: vi.fn<SidebarActions['reveal']>(),
    unmark: vi.fn<SidebarActions['unmark']>(),
    setPlacement: vi.fn<SidebarActions['setPlacement']>(),
    openOptions: vi.fn<SidebarActions['openOptions']>(),
  } satisfies SidebarActions;
}

function readyState(): SidebarState {
  const state = createSidebarState();
  state.analysis.value = sampleAnalysis();
  state.status.value = 'ready';
  return state;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the sidebar, in English', () => {
  beforeEach(() => useLocale('en'));

  it('is a labelled landmark that announces how many quotes were found', () => {
    render(<App state={readyState()} actions={actionsSpy()} />);
    const panel = screen.getByRole('complementary', { name: 'Sourcelight: who is speaking in this article' });
    expect(within(panel).getByTestId('status').textContent).toContain('4 quotes found.');
  });

  it('follows the session: working, then the analysis, then a moved side and pages that changed, each shown as it is written', async () => {
    const state = createSidebarState();
    const { container } = render(<App state={state} actions={actionsSpy()} />);
    expect(screen.getByTestId('status').textContent).toBe('Reading the article…');
    state.analysis.value = sampleAnalysis();
    state.status.value = 'ready';
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('4 quotes found.'));
    expect(container.querySelectorAll('[data-speaker]').length).toBe(3);
    state.placement.value = { ...state.placement.value, side: 'left' };
    await waitFor(() => expect(container.querySelector('.panel')!.classList.contains('side-left')).toBe(true));
    state.orphans.value = new Set(['q1']);
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('1 passage is no longer on the page.'));
  });

  it('summarises who the story is built on: counts, word shares in words, anonymity grants with their reasons', () => {
    render(<App state={readyState()} actions={actionsSpy()} />);
    const summary = screen.getByTestId('sourcing-summary');
    expect(within(summary).getByTestId('stat-quotes').textContent).toBe('4');
    expect(within(summary).getByTestId('stat-sources').textContent).toBe('3');
    expect(summary.textContent).toContain('(2 named, 1 unnamed)');
    const shares = within(summary).getByTestId('shares').textContent!;
    expect(shares).toMatch(/Jane Roe\d+%/);
    expect(shares).toContain('no speaker found');
    const grants = within(summary).getByTestId('grants');
    expect(grants.textContent).toContain('Reason given: they were not authorized to discuss the talks');
    expect(grants.textContent).toContain('No reason given');
  });

  it('lists sources most quoted first, each with its kind', () => {
    const { container } = render(<App state={readyState()} actions={actionsSpy()} />);
    const sources = [...container.querySelectorAll('[data-speaker]')];
    expect(sources.map((s) => s.getAttribute('data-speaker'))).toEqual(['Jane Roe', 'Acme Corp.', 'senior official']);
    expect(sources[0]!.textContent).toContain('person');
    expect(sources[0]!.textContent).toContain('2 quotes');
    expect(sources[2]!.textContent).toContain('unnamed source');
  });

  it('marks a passage on hover and focus, and jumps to it on click', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    const quote = screen.getByRole('button', { name: /We will not sign this deal/ });
    fireEvent.mouseOver(quote, { relatedTarget: document.body });
    expect(actions.reveal).toHaveBeenLastCalledWith('q1', false);
    fireEvent.mouseOut(quote, { relatedTarget: document.body });
    expect(actions.unmark).toHaveBeenCalledTimes(1);
    fireEvent.focusIn(quote);
    expect(actions.reveal).toHaveBeenLastCalledWith('q1', false);
    fireEvent.focusOut(quote);
    expect(actions.unmark).toHaveBeenCalledTimes(2);
    fireEvent.click(quote);
    expect(actions.reveal).toHaveBeenLastCalledWith('q1', true);
  });

  it('keeps a passage marked while the pointer moves inside its button', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    const quote = screen.getByRole('button', { name: /We will not sign this deal/ });
    const inner = quote.querySelector('q')!;
    fireEvent.mouseOver(quote, { relatedTarget: document.body });
    fireEvent.mouseOut(quote, { relatedTarget: inner });
    fireEvent.mouseOver(inner, { relatedTarget: quote });
    expect(actions.unmark).not.toHaveBeenCalled();
    expect(actions.reveal).toHaveBeenCalledTimes(1);
  });

  it('marks nothing for the pointer over the panel outside a passage', () => {
    const actions = actionsSpy();
    const { container } = render(<App state={readyState()} actions={actions} />);
    fireEvent.mouseOver(container.querySelector('.sources h2')!, { relatedTarget: document.body });
    fireEvent.click(container.querySelector('.sources h2')!);
    expect(actions.reveal).not.toHaveBeenCalled();
  });

  it('jumps to where the article first mentions a source when its name is clicked', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Acme Corp.' }));
    expect(actions.reveal).toHaveBeenLastCalledWith('s2:m0', true);
  });

  it('marks and brings into view the entry of the passage clicked in the page, a source for any of its mentions', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const state = readyState();
    const { container } = render(<App state={state} actions={actionsSpy()} />);
    expect(container.querySelectorAll('[aria-current]').length).toBe(0);
    expect(container.querySelector('.hint')!.textContent).toBe('Click a highlight in the article to find it in this panel.');
    state.picked.value = 'q2';
    await waitFor(() => expect(container.querySelectorAll('[aria-current="true"]').length).toBe(1));
    const entry = container.querySelector('[aria-current="true"]')!;
    expect(entry.getAttribute('data-jump')).toBe('q2');
    expect(scrolled).toEqual([entry]);
    state.picked.value = entryKeyOf('s1:m1');
    await waitFor(() => expect(container.querySelector('[aria-current="true"]')?.textContent).toBe('Jane Roe'));
    expect(container.querySelectorAll('[aria-current="true"]').length).toBe(1);
    expect(scrolled.at(-1)).toBe(container.querySelector('[aria-current="true"]'));
  });

  it('toggles each layer on its own checkbox', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Vague attribution/ }));
    expect(actions.toggleLayer).toHaveBeenCalledWith('vague');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('lists a passage that is no longer on the page as not found, instead of a link to it', () => {
    const state = readyState();
    state.orphans.value = new Set(['q3']);
    render(<App state={state} actions={actionsSpy()} />);
    const notFound = screen.getByTestId('not-found');
    expect(notFound.textContent).toContain('a tax on families.');
    expect(screen.queryByRole('button', { name: /a tax on families/ })).toBeNull();
    expect(screen.getByTestId('status').textContent).toContain('1 passage is no longer on the page.');
  });

  it('resizes from the keyboard and moves to the other side', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    const handle = screen.getByRole('separator', { name: /Panel width/ });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(actions.setPlacement).toHaveBeenLastCalledWith({ side: 'right', width: 420 });
    fireEvent.click(screen.getByRole('button', { name: 'Move the panel to the left' }));
    expect(actions.setPlacement).toHaveBeenLastCalledWith({ side: 'left', width: 380 });
  });

  it('closes from its close button', () => {
    const actions = actionsSpy();
    render(<App state={readyState()} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close Sourcelight' }));
    expect(actions.close).toHaveBeenCalled();
  });

  it('says so when the page holds no article', () => {
    const state = createSidebarState();
    state.status.value = 'no-article';
    render(<App state={state} actions={actionsSpy()} />);
    expect(screen.getByTestId('status').textContent).toContain('No article found on this page');
  });
});

describe('the sidebar, in French', () => {
  beforeEach(() => useLocale('fr'));

  it('speaks French when the browser does', () => {
    render(<App state={readyState()} actions={actionsSpy()} />);
    expect(screen.getByRole('complementary', { name: 'Sourcelight : qui parle dans cet article' })).toBeTruthy();
    expect(screen.getByTestId('status').textContent).toContain('4 citations trouvées.');
    expect(screen.getByText('Sur qui repose cet article ?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fermer Sourcelight' })).toBeTruthy();
  });
});
