/**
 * The text a page shows to the anchoring: every text node in document order, minus the elements
 * whose text is never rendered. Extraction must only ever hand back runs of this text.
 */
export const UNRENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function pageTextOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !UNRENDERED.has((c as Element).tagName.toUpperCase())) walk(c);
    }
  };
  walk(root);
  return parts.join('');
}

/** Paragraphs of `text` that are not, ignoring whitespace, one contiguous run of `page`. */
export function paragraphsNotInPage(text: string, page: string): string[] {
  const squeezed = page.replace(/\s+/g, '');
  return text.split('\n\n').filter((p) => p !== '' && !squeezed.includes(p.replace(/\s+/g, '')));
}
