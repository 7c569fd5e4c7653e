/**
 * Where an anonymity grant gives its reason: the reason is the clause starting at the first cue
 * found. Each entry is the case it covers; the `keep` flag says whether the cue word itself is part
 * of the reason as a reader would quote it ("not authorized to speak" yes, "because" no).
 */
export const REASON_CUES: readonly { cue: RegExp; keep: boolean }[] = [
  // "... because they were not authorized to discuss the talks"
  { cue: /\bbecause (?:of )?/i, keep: false },
  // "... since the talks are continuing"
  { cue: /\bsince /i, keep: false },
  // "... for fear of reprisal"
  { cue: /\bfor fear\b/i, keep: true },
  // "... due to the sensitivity of the matter"
  { cue: /\bdue to /i, keep: false },
  // "... citing the sensitivity of the talks"
  { cue: /\bciting /i, keep: false },
  // "... who was not authorized to speak publicly" / "not permitted to comment"
  { cue: /\bnot (?:authori[sz]ed|permitted|allowed|cleared)\b/i, keep: true },
  // "... to discuss private deliberations" / "to speak freely" / "to describe internal talks"
  { cue: /\bto (?:discuss|speak|talk|describe|detail|share|learn|reveal|comment|protect)\b/i, keep: true },
  // "... in order to protect their job"
  { cue: /\bin order to /i, keep: false },
  // French: "... parce qu'il n'était pas autorisé à parler"
  { cue: /\bparce qu(?:e |')/i, keep: false },
  // French: "... n'étant pas autorisé à s'exprimer" / "pas autorisée à commenter"
  { cue: /\bpas autoris[ée]e?s?\b/i, keep: true },
  // French: "... pour ne pas compromettre les négociations"
  { cue: /\bpour (?:ne pas |pouvoir |protéger |parler )/i, keep: true },
];

/** Where the grant itself starts ("agreed not to identify", "on condition of anonymity"): reasons come after. */
export const GRANT_CUES: readonly RegExp[] = [
  // "spoke on condition of anonymity" / "on the condition that they not be named"
  /\bcondition (?:of|that)\b/i,
  // "agreed not to identify the insider" / "is not naming the official"
  /\bnot (?:to )?(?:identify|name|naming|identifying)\b/i,
  // "requested anonymity" / "granted anonymity"
  /\banonymity\b/i,
  // French: "sous le couvert de l'anonymat"
  /\banonymat\b/i,
];
