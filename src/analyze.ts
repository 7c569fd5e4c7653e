import { annotate } from './annotate';
import type { Analysis, ArticleMeta, Removed } from './model/analysis';
import { buildAnalysis, emptyMeta } from './model/build';
import { stripBoilerplateText, titleLineMeta } from './extract/text-rules';

/** Text → the contract result. The one entry point that the extension and the CLI share. */
export function analyzeText(text: string, meta: ArticleMeta = emptyMeta(), removed: Removed[] = []): Analysis {
  return buildAnalysis(meta, text, removed, annotate(text));
}

/** Plain text as a reader pasted it: the text-level boilerplate rules, then the analysis. */
export function analyzePlainText(input: string): Analysis {
  const { text, removed } = stripBoilerplateText(input);
  // A copied "<headline> - The Globe and Mail" line is the only metadata plain text has.
  return analyzeText(text, { ...emptyMeta(), ...titleLineMeta(removed) }, removed);
}
