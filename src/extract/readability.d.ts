// Readability.js on its own (a CommonJS file whose export is the class): the package's entry also
// brings isProbablyReaderable, which Sourcelight never calls, into the content script.
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
