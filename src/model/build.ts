import { SCHEMA, type Analysis, type Annotations, type ArticleMeta, type Removed } from './analysis';

/** Assembles the contract object in the contract's key order. */
export function buildAnalysis(meta: ArticleMeta, text: string, removed: Removed[], annotations: Annotations): Analysis {
  return {
    schema: SCHEMA,
    title: meta.title,
    site: meta.site,
    byline: meta.byline,
    url: meta.url,
    lang: meta.lang,
    text,
    removed,
    quotes: annotations.quotes,
    speakers: annotations.speakers,
    anonymous: annotations.anonymous,
  };
}

export const emptyMeta = (): ArticleMeta => ({ title: null, site: null, byline: null, url: null, lang: null });
