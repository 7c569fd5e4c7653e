/** The analysis result shared by the sidebar, the exports, the CLI and every measurement (shared/CONTRACT.md). */

export const SCHEMA = 'sourcelight/analysis@1' as const;

/** A half-open range of UTF-16 offsets into `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Cue extends Span {
  text: string;
}

export type QuoteKind = 'direct' | 'partial';

export interface Quote extends Span {
  id: string;
  /** The words between the marks. */
  text: string;
  kind: QuoteKind;
  /** An id in `speakers`, or null when no speaker was found. */
  speaker: string | null;
  speakerSpan: Span | null;
  cue: Cue | null;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unnamed';

export interface Speaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  anonymous: boolean;
  description: string | null;
  mentions: Span[];
}

export type AnonymousKind = 'unnamed-source' | 'anonymity-grant' | 'vague';

export interface AnonymousItem extends Span {
  text: string;
  kind: AnonymousKind;
  speaker: string | null;
  confidence: 'high' | 'low';
}

export interface Removed {
  text: string;
  rule: string;
}

export interface ArticleMeta {
  title: string | null;
  site: string | null;
  byline: string | null;
  url: string | null;
  lang: string | null;
}

/** What the annotation engine finds in a text. */
export interface Annotations {
  quotes: Quote[];
  speakers: Speaker[];
  anonymous: AnonymousItem[];
}

export interface Analysis extends ArticleMeta, Annotations {
  schema: typeof SCHEMA;
  text: string;
  removed: Removed[];
}
