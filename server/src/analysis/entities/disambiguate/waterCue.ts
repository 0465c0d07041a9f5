/**
 * What the words around a name say of water (cue.ts reads it among its other cues): only a
 * river or a lake has a length rowed, shores and banks, tributaries and a far side; only it
 * rises, floods, bursts its banks or runs high; and something stands beside it with "the".
 */

/**
 * What only water has or undergoes, right before its name: a length rowed, shores and banks, a
 * surface, a crossing, a swelling, tributaries ("rowed the length of Windermere", "the shores of Constance", "sailed across Coniston", "a tributary
 * of the Hrazdan"), and a far side with "the" ("you can hear it on the other side of the Dnipro").
 */
const WATER_BEFORE =
  /\b(?:(?:length|shores?|banks?|surface|waters|bed|mouth|source|tributary|tributaries|headwaters)\s+of|(?:other|far|opposite)\s+(?:side|bank|shore)\s+of\s+the|(?:row|rows|rowed|rowing|sail|sails|sailed|sailing|swim|swims|swam|swimming|paddle|paddled|paddling|kayaked|kayaking|fish|fished|fishing)\s+(?:across|down|up|on|along|the\s+length\s+of)|\bthe\s+river|\bbridges?\s+(?:over|across)\s+the|\b(?:crossed|crossing)\s+the|\b(?:swollen|swelled)\s+the|\bthe\s+(?:lower|upper|middle)|\b(?:down|along)\s+the)\s+(?:the\s+)?$/i;

/** Where a clause's subject starts: a sentence, a line, or a clause after punctuation or a conjunction, maybe with "the". */
const CLAUSE_SUBJECT_BEFORE = /(?:^|\n|[.!?,;:]["”’]?\s+|\b(?:as|when|while|after|before|until|since|because|and|but|where)\s+)["“‘']?(?:the\s+)?$/i;
/**
 * What only a river or a lake does, right after its name as the subject that opens a sentence
 * or a clause (CLAUSE_SUBJECT_BEFORE: "Shannon rises towards record", "as the Eden burst its
 * banks", a headline's "Lerma bursts banks"; not "the Colorado that runs through Austin rises", whose subject is further back).
 */
const WATER_VERB_AFTER =
  /^(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+)?\s+(?:(?:is|was|are|were|has|had|have|will|could)\s+)?(?:rise|rises|rose|risen|rising|peaked|peaks|crested|crests|receded|recedes|receding|overflowed|overflows|floods|flooded|swelled|swells|spills|spilled|spilt|(?:burst|bursts|broke|breaks|broken)\s+(?:(?:its|their)\s+)?banks)\b/u;
/**
 * What a river is said to be doing, right after "the X" anywhere in a sentence ("with the Ba running high", "The Bug is
 * running low", "the Huon could stay high").
 */
const WATER_STATE_AFTER =
  /^\s+(?:(?:is|was|are|were|could|would|will|may|might)\s+)?(?:(?:running|ran|runs|run)\s+(?:high|low|fast|dry)|(?:stay|stays|stayed|remain|remains|remained)\s+(?:high|low)|be\s+(?:high|low))\b/;
/** What only a river has, right after its name: its tributaries ("the Bago and its tributaries"), or its danger mark passed ("Ayeyarwady passes danger mark"). */
const WATER_OWN_AFTER =
  /^\s+(?:and\s+its\s+tributaries|(?:passes|passed|nears|neared|reaches|reached|above|below|near)\s+(?:its\s+|the\s+)?(?:danger|warning|flood)\s+(?:mark|level))\b/;

/** A river beside which something is, with "the" and nothing after the name ("an outdoor court beside the Khovd."). */
const BESIDE_THE_BEFORE = /\b(?:beside|alongside|along|by)\s+the\s+$/i;
const NAME_ENDS_AFTER = /^\s*(?:[,.;:!?)"”]|$)/;

/**
 * True when the words right before and after a name (`before`, `after`) say it is a river or a lake: what only water
 * has or undergoes before it, what only water does after it as a clause's subject, what a river is doing after "the X",
 * what only a river has after it (WATER_OWN_AFTER), or "beside the X." with nothing after the name.
 */
export function saidOfWater(before: string, after: string): boolean {
  return (
    WATER_BEFORE.test(before) ||
    (BESIDE_THE_BEFORE.test(before) && NAME_ENDS_AFTER.test(after)) ||
    (WATER_VERB_AFTER.test(after) && CLAUSE_SUBJECT_BEFORE.test(before)) ||
    (WATER_STATE_AFTER.test(after) && /\b[Tt]he\s+$/.test(before)) ||
    WATER_OWN_AFTER.test(after)
  );
}
