/**
 * Words that introduce reported speech, lowercase. A finite verb takes the noun phrase before it
 * ("Mr. Hoekstra said") or, inverted, after it ("said Mr. Hoekstra"); a participle ("adding") has
 * no subject of its own and borrows the clause's.
 */
export type CueForm = 'finite' | 'participle';

export const CUE_VERBS: ReadonlyMap<string, CueForm> = new Map<string, CueForm>([
  ['said', 'finite'], // "the Prime Minister's Office said in a readout"
  ['says', 'finite'], // "critics say" / "he says"
  ['say', 'finite'], // "experts say"
  ['told', 'finite'], // "he told reporters Tuesday"
  ['tells', 'finite'], // "she tells the Globe"
  ['tell', 'finite'], // "sources tell CNN"
  ['added', 'finite'], // "“…,” he added."
  ['adds', 'finite'], // "he adds that"
  ['wrote', 'finite'], // "Trump wrote on Twitter"
  ['writes', 'finite'], // "the columnist writes"
  ['write', 'finite'], // "“…,” the two senators write."
  ['conclude', 'finite'], // "“…,” the authors conclude."
  ['stated', 'finite'], // "the release stated"
  ['explained', 'finite'], // "she explained"
  ['noted', 'finite'], // "he noted"
  ['notes', 'finite'], // "as the Heritage Foundation website notes:"
  ['argued', 'finite'], // "Democrats argued"
  ['argue', 'finite'], // "critics argue"
  ['argues', 'finite'], // "he argues"
  ['asked', 'finite'], // "“Why now?” she asked."
  ['insisted', 'finite'], // "Trump insisted"
  ['insists', 'finite'], // "he insists"
  ['claimed', 'finite'], // "the campaign claimed"
  ['claims', 'finite'], // "she claims"
  ['declared', 'finite'], // "he declared"
  ['warned', 'finite'], // "experts warned"
  ['warn', 'finite'], // "experts warn"
  ['warns', 'finite'], // "the report warns"
  ['vowed', 'finite'], // "the Prime Minister also vowed"
  ['promised', 'finite'], // "he promised"
  ['acknowledged', 'finite'], // "she acknowledged"
  ['acknowledge', 'finite'], // "Officials acknowledge privately that …" (train)
  ['admitted', 'finite'], // "he admitted"
  ['recalled', 'finite'], // "she recalled"
  ['replied', 'finite'], // "“No,” he replied."
  ['responded', 'finite'], // "the spokesman responded"
  ['responds', 'finite'], // "Lee responds to Hart with, “…”" (train)
  ['quip', 'finite'], // "a spokesman could only quip: “…”" (train)
  ['answered', 'finite'], // "“Denver,” he answered."
  ['continued', 'finite'], // "“And then,” he continued,"
  ['tweeted', 'finite'], // "Trump tweeted"
  ['echoed', 'finite'], // "a 19-year-old student echoed: ¶ “…”" (a construction seen on train)
  ['retorted', 'finite'], // "the mayor's supporter retorted: “…”" (train)
  ['proclaimed', 'finite'], // "the candidate proclaimed “…”" (train)
  ['vented', 'finite'], // "he vented, “…”" (train)
  ['posted', 'finite'], // "she posted on Facebook"
  ['announced', 'finite'], // "the party announced"
  ['suggested', 'finite'], // "he suggested"
  ['urged', 'finite'], // "she urged"
  ['predicted', 'finite'], // "he predicted"
  ['conceded', 'finite'], // "she conceded"
  ['concede', 'finite'], // "Privately, aides concede that …"
  ['concedes', 'finite'], // "he concedes"
  ['clarified', 'finite'], // "the campaign later clarified"
  ['concurred', 'finite'], // "another adviser concurred"
  ['complained', 'finite'], // "he complained"
  ['joked', 'finite'], // "Trump joked"
  ['quipped', 'finite'], // "he quipped"
  ['countered', 'finite'], // "she countered"
  ['observed', 'finite'], // "he observed"
  ['remarked', 'finite'], // "she remarked"
  ['emphasized', 'finite'], // "he emphasized"
  ['stressed', 'finite'], // "she stressed"
  ['cautioned', 'finite'], // "he cautioned"
  ['maintained', 'finite'], // "she maintained"
  ['contended', 'finite'], // "he contended"
  ['testified', 'finite'], // "Comey testified"
  ['shouted', 'finite'], // "protesters shouted"
  ['chanted', 'finite'], // "the crowd chanted"
  ['boasted', 'finite'], // "Trump boasted"
  ['bragged', 'finite'], // "he bragged"
  ['lamented', 'finite'], // "she lamented"
  ['exclaimed', 'finite'], // "he exclaimed"
  ['mused', 'finite'], // "she mused"
  ['reported', 'finite'], // "the Post reported"
  ['reports', 'finite'], // "CNN reports"
  ['described', 'finite'], // "he described the plan as “a disaster”"
  ['called', 'finite'], // "Trump called the deal “a disaster”"
  ['calls', 'finite'], // "she calls it “a disgrace”"
  ['call', 'finite'], // "what critics call a “tax grab”" (after a plural or a pronoun only: cues.ts)
  ['dubbed', 'finite'], // "he dubbed it"
  ['labeled', 'finite'], // "she labeled him"
  ['accused', 'finite'], // "he accused her of"
  ['denied', 'finite'], // "the spokesman denied"
  ['confirmed', 'finite'], // "the source confirmed"
  ['believes', 'finite'], // "the insider believes"
  ['thinks', 'finite'], // "he thinks"
  ['show', 'finite'], // "polls show"
  ['shows', 'finite'], // "the poll shows"
  ['showed', 'finite'], // "surveys showed"
  ['found', 'finite'], // "a study found"
  ['signalled', 'finite'], // "The White House, however, signalled"
  ['signaled', 'finite'], // US spelling
  ['states', 'finite'], // "the website states"
  ['explains', 'finite'], // "“…,” the website explains."
  ['remarks', 'finite'], // "he remarks"
  ['read', 'finite'], // "“…,” read the email." (inverted) / "a sign read"
  ['reads', 'finite'], // "the sign reads"
  ['pledged', 'finite'], // "He pledged “cooperation”"
  ['pledges', 'finite'], // "he pledges to stand firm"
  ['touted', 'finite'], // "Clinton touted her credentials"
  ['quoted', 'finite'], // "he quoted one analyst"
  ['quotes', 'finite'], // "Frank quotes former Carter adviser Alfred Kahn:"
  ['rails', 'finite'], // "He rails against its “Great Wall of Protectionism”"
  ['railed', 'finite'], // "she railed against"
  ['accuses', 'finite'], // "he accuses it of stealing"
  ['criticized', 'finite'], // "He criticized Clinton’s track record"
  ['slammed', 'finite'], // "Trump slammed the deal as “a disaster”"
  ['blasted', 'finite'], // "he blasted the “rigged” system"
  ['mocked', 'finite'], // "she mocked his “tiny hands”"
  ['hedged', 'finite'], // "he hedged"
  ['cited', 'finite'], // "the White House cited"
  ['recounted', 'finite'], // "she recounted"
  ['interjected', 'finite'], // "he interjected"
  ['wondered', 'finite'], // "she wondered"
  ['demanded', 'finite'], // "he demanded"
  ['screamed', 'finite'], // "“Mexico!” the audience screamed back."
  ['yelled', 'finite'], // "a protester yelled"
  ['texted', 'finite'], // "she texted"
  ['emailed', 'finite'], // "he emailed"
  ['concluded', 'finite'], // "the report concluded"
  ['agreed', 'finite'], // "From agreed that"
  ['went', 'finite'], // "“…,” he went on."
  ['fired', 'finite'], // "Rubio fired back forcefully: “…”"
  ['shot', 'finite'], // "she shot back"
  ['chimed', 'finite'], // "he chimed in"
  ['referred', 'finite'], // "he referred to it as “a disgrace”"
  ['refers', 'finite'], // "Christie refers to the candidate as “Mr. Trump,”"
  ['issued', 'finite'], // "Trump issued the following statement:"
  ['questioned', 'finite'], // "he questioned"
  ['insist', 'finite'], // "officials insist"
  ['believe', 'finite'], // "experts believe"
  ['asking', 'participle'], // "…, asking “why now?”"
  ['explaining', 'participle'], // "…, explaining, “because …”"
  ['insisting', 'participle'], // "…, insisting that"
  ['warning', 'participle'], // "…, warning that"
  ['referencing', 'participle'], // "…, referencing the large number"
  ['suggesting', 'participle'], // "…, suggesting “Trumpization” …"
  ['indicated', 'finite'], // "Her aides indicated that the department was working on it"
  ['detailed', 'finite'], // "senior Clinton campaign officials this week detailed the operation"
  ['expected', 'finite'], // "more delegates than her advisers expected"
  ['expect', 'finite'], // "allies expect the president to campaign"
  ['hope', 'finite'], // "Strategists hope the efforts will help"
  ['worry', 'finite'], // "officials privately worry"
  ['fear', 'finite'], // "aides fear"
  ['feared', 'finite'], // "advisers feared"
  ['estimated', 'finite'], // "officials estimated"
  ['think', 'finite'], // "Her advisers think she has the discipline"
  ['feel', 'finite'], // "many of her aides feel they have enough on their plates"
  ['acknowledging', 'participle'], // "an adviser acknowledging to the New York Times that …"
  ['saying', 'participle'], // "…, saying this country could not exist"
  ['adding', 'participle'], // "…, adding that"
  ['tweeting', 'participle'], // "with the candidate tweeting that it was a “disaster”" (train)
  ['shouting', 'participle'], // "protesters interrupted her speech, shouting “…”" (train)
  ['chanting', 'participle'], // "protesters marched through the city, chanting “…”" (train)
  ['noting', 'participle'], // "…, noting that"
  ['calling', 'participle'], // "…, calling it “a disaster”"
  ['telling', 'participle'], // "…, telling reporters"
  ['arguing', 'participle'], // "…, arguing that"
  ['writing', 'participle'], // "…, writing on Twitter"
  ['reporting', 'participle'], // "with news outlets reporting that"
  ['citing', 'participle'], // "…, citing “obligations in Tennessee”" (train: 7 quotes)
  ['remarking', 'participle'], // "…, remarking that the crowd was “incredible”" (train)
  ['declaring', 'participle'], // "…, declaring “I am with her”" (train)
  ['stating', 'participle'], // "…, stating that the United States should “declare war”" (train)
  ['promising', 'participle'], // "with Cruz recently promising to “…”" (train)
  ['claiming', 'participle'], // "…, claiming “…”" (train)
  ['vowing', 'participle'], // "… began vowing to “…”" (train)
  ['describing', 'participle'], // "…, describing it as “…”" (train)
  ['boasting', 'participle'], // "…, boasting “…”" (train)
  ['yelling', 'participle'], // "…, yelling “…”" (train)
  ['admitting', 'participle'], // "…, admitting “…”" (train)
  ['accusing', 'participle'], // "…, accusing him of “…”" (train)
  ['predicting', 'participle'], // "…, predicting “…”" (train)
  ['pledging', 'participle'], // "…, pledging “…”" (train)
  ['promises', 'finite'], // "an impersonator who promises that Lee won't “…”" (train)
  ['assured', 'finite'], // "“Your reputation is amazing,” Trump assured Jones" (train: 7 quotes)
  ['assures', 'finite'], // "he assures voters “…”" (train)
  ['asserted', 'finite'], // "the campaign asserted that …" (train)
  ['asks', 'finite'], // "He asks, “Do we really feel confident …?”" (train)
  ['admits', 'finite'], // "she admits “…”" (train)
  ['vows', 'finite'], // "the candidate vows to “…”" (train)
  ['barked', 'finite'], // "“Get out!” he barked" (train)
  ['concludes', 'finite'], // "the report concludes “…”" (train)
  ['pressed', 'finite'], // "“Would it be negotiable?” the host pressed." (train)
  ['repeated', 'finite'], // "“A new bridge?” she repeated." (train)
  ['retaliated', 'finite'], // "“…,” an angry president retaliated." (train)
  ['riffed', 'finite'], // "“…,” the nominee riffed on the answer" (train)
  ['agrees', 'finite'], // "“…,” agrees a voter from Ohio." (train)
  ['declares', 'finite'], // "“…,” declares a retired teacher" (train)
  ['commented', 'finite'], // "… “no matter what,” one user commented." (train)
  ['alleges', 'finite'], // "…, the lawsuit alleges." (train)
  ['alleged', 'finite'], // "The complaint … alleged that …" (train)
  ['continues', 'finite'], // "The narrator continues: “…”" (train)
  ['boomed', 'finite'], // "he leaned in and boomed: “…”" (train)
  ['pleaded', 'finite'], // "“Come home,” Lina Dorn, his daughter, pleaded in online comments." (a news page)
  ['fumed', 'finite'], // "“…,” the senator fumed." (train)
  ['opined', 'finite'], // "“…,” the columnist opined." (train)
  ['elaborated', 'finite'], // "“…,” she elaborated." (train)
  ['surmised', 'finite'], // "“…,” one aide surmised." (train)
  // French (the engine also reads Radio-Canada, Le Devoir, La Presse style copy)
  ['déclaré', 'finite'], // "M. Blanchet a déclaré"
  ['dit', 'finite'], // "a dit la ministre"
  ['affirmé', 'finite'], // "a affirmé M. Legault"
  ['indiqué', 'finite'], // "a indiqué le porte-parole"
  ['ajouté', 'finite'], // "a-t-il ajouté"
  ['expliqué', 'finite'], // "a expliqué Mme Joly"
  ['précisé', 'finite'], // "a précisé le bureau"
  ['souligné', 'finite'], // "a souligné le chef"
  ['estimé', 'finite'], // "a estimé l'expert"
  ['lancé', 'finite'], // "a lancé M. Poilievre"
  ['assuré', 'finite'], // "a assuré la ministre"
  ['confié', 'finite'], // "a confié une source"
  ['écrit', 'finite'], // "a écrit le premier ministre"
  ['déclare', 'finite'], // present tense "déclare M. Blanchet"
  ['affirme', 'finite'], // "affirme la ministre"
  ['explique', 'finite'], // "explique-t-il"
  ['estime', 'finite'], // "estime l'économiste"
  ['indique', 'finite'], // "indique le communiqué"
  ['souligne', 'finite'], // "souligne le rapport"
]);

/** Records of speech whose "of X saying" relays X's words through the clause's subject ("footage of Trump saying", "an account of Clinton telling"). */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'tape', 'tapes', 'audio', 'account', 'accounts', 'transcript', 'image', 'images', 'photo', 'photos']);

/** Nouns of asserting whose possessor said what follows "that": "Comey’s conclusion that her actions were “extremely careless”". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['conclusion', 'assertion', 'suggestion', 'contention', 'insistence', 'allegation', 'prediction', 'admission']);

/** Auxiliaries and adverbs that may sit between a subject and its cue ("he also said", "M. Blanchet a déclaré"). */
export const CUE_GAP_WORDS: ReadonlySet<string> = new Set([
  'also', // "the Prime Minister also vowed"
  'has', // "he has said"
  'have', // "officials have said"
  'had', // "she had said"
  'later', // "he later said"
  'then', // "she then said"
  'previously', // "he previously said"
  'earlier', // "she earlier told"
  'once', // "he once said"
  'again', // "she again said"
  'repeatedly', // "he repeatedly said"
  'reportedly', // "he reportedly told"
  'recently', // "she recently said"
  'publicly', // "he publicly said"
  'privately', // "he privately told"
  'subsequently', // "Officials subsequently told the newspaper" (train)
  'often', // "she often says"
  'would', // "he would say"
  'will', // "she will say"
  'could', // "he could not say"
  'not', // "he would not say"
  'did', // "she did not say"
  'does', // "he does not say"
  'never', // "he never said"
  'simply', // "she simply said"
  'only', // "a spokesman could only quip: “…”" (train)
  'flatly', // "he flatly denied"
  'always', // "The council has always claimed that …" (train)
  'long', // "Republicans have long insisted"
  'now', // "… but now said the mayor had …" (train)
  'still', // "she still says"
  'a', // French auxiliary "M. Blanchet a déclaré"
  'ont', // French "les experts ont dit"
  'avait', // French "il avait dit"
  'aurait', // French "il aurait dit"
]);

/** Time words skipped between a subject and its cue ("officials this week detailed", "Trump on Tuesday said"). */
export const CUE_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', // "Trump on Tuesday said"
  'today', 'yesterday', 'tonight', // "the minister today said"
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', // "this week detailed"
  'this', 'last', 'next', 'on', // the words before them
  'ago', 'days', 'weeks', 'months', 'years', 'two', 'few', 'than', 'less', // "The ministry less than two weeks ago said" (train)
]);

/** "according to X" / "selon X": the source follows. First word, then the word after it (null: none). */
export const ACCORDING_CUES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['according', 'to'], // "according to a senior official"
  ['selon', null], // French "selon le bureau du premier ministre"
]);

/** Words after a cue that say the source spoke in writing, so "the statement said" can find its author. */
export const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'statement', // "Mr. Hoekstra said in a statement"
  'readout', // "the Prime Minister's Office said in a readout of the call"
  'release', // "said in a news release"
  'communiqué', // "said in a communiqué" / French "le communiqué"
  'email', // "said in an email"
  'letter', // "wrote in a letter"
  'memo', // "said in a memo"
  'post', // "wrote in a Facebook post"
]);

/** Prepositions before the phrase a participle cue follows that make it where the clause's subject spoke, not who. */
export const PLACE_OF_SPEECH: ReadonlySet<string> = new Set([
  'to', // "Lee posted to Twitter asking …"
  'on', // "Lee went on Facebook saying …"
  'via', // "Lee wrote via Instagram claiming …"
]);

/** Words after "went" that make it a change of state, not speech ("went on", "went after Bush, calling him …" do say). */
export const WENT_STATES: ReadonlySet<string> = new Set([
  'bust', // "the firm then went bust"
  'bankrupt', // "the airline went bankrupt"
  'broke', // "the studio went broke"
  'under', // "the chain went under"
  'missing', // "the plane went missing"
  'viral', // "the video went viral"
  'dark', // "the site went dark"
]);

/** Words after "pleaded" that make it a plea in court, not speech ("pleaded guilty", "pleaded to witness tampering"). */
export const PLEA_WORDS: ReadonlySet<string> = new Set([
  'guilty', // "he pleaded guilty to fraud"
  'not', // "she pleaded not guilty"
  'innocent', // "he pleaded innocent"
  'no', // "pleaded no contest"
  'to', // "pleaded to witness tampering"
  'the', // "pleaded the Fifth"
]);
