/**
 * Nouns that describe a named person the article already introduced, so "the Florida senator" or
 * "the billionaire businessman" can be a mention of Marco Rubio or Donald Trump (lowercase).
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'senator', // "The Florida senator’s answer was that …"
  'candidate', // "The GOP presidential candidate sent out an email"
  'nominee', // "the Republican vice-presidential nominee riffed"
  'governor', // "the former Florida governor loves “Lilyhammer.”"
  'congressman', // "the congressman said"
  'congresswoman', // "the congresswoman said"
  'lawmaker', // "the Ohio lawmaker"
  'president', // "the president said"
  'secretary', // "the former secretary of state talked about …"
  'leader', // "the Bloc leader"
  'chairman', // "the party chairman"
  'speaker', // "the House speaker"
  'ambassador', // "the new U.S. ambassador to Canada"
  'mayor', // "the mayor"
  'businessman', // "The billionaire businessman began by talking …"
  'mogul', // "the real estate mogul"
  'billionaire', // "the billionaire"
  'front-runner', // "the GOP front-runner"
  'frontrunner', // "the Republican frontrunner"
  'host', // "the radio host"
  'neurosurgeon', // "the retired neurosurgeon"
  'minister', // "the Prime Minister"
  'premier', // "the premier"
  'envoy', // "the U.S. envoy"
]);
