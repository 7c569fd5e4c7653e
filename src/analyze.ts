import { annotate } from './annotate';
import type { Analysis, ArticleMeta, Removed } from './model/analysis';
import { buildAnalysis, emptyMeta } from './model/build';
import { stripBoilerplateText } from './extract/text-rules';

/** Text → the contract result. The one entry point that the extension and the CLI share. */
export function analyzeText(text: string, meta: ArticleMeta = emptyMeta(), removed: Removed[] = []): Analysis {
  return buildAnalysis(meta, text, removed, annotate(text));
}

/** Plain text as a reader pasted it: the text-level boilerplate rules, then the analysis. */
export function analyzePlainText(input: string, meta: ArticleMeta = emptyMeta()): Analysis {
  const { text, removed } = stripBoilerplateText(input);
  return analyzeText(text, meta, removed);
}
