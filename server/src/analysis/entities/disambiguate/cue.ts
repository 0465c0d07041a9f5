/**
 * What the sentence says about a name's kind, from the words right around it, the way
 * an entity linker reads type agreement off the context: a person is referred back to
 * as "he" or "she", introduced by ", who", given an age ("Wrona, 61,"), called "the
 * younger Wrona", and travels; an organization or a place is "it"; something that
 * "said" or "told" is a person or an organization, never a town, and one that said
 * something about "its" products is an organization; what has "shares" or "deliveries"
 * is a company, and so is the subject of a sentence about plants, customers or millions;
 * a place is what one is "in" or "from", what has a government, a
 * minister or a bridge, and what "a Kettering lad" comes from; a team is what has a
 * captain, a coach, fans or a shirt, and what "beat", "edge" or "host" an opponent.
 * A noun in apposition says it outright ("Penrith, the Cumbrian club"). Read on the text
 * alone, with short English word lists (no model).
 */
import type { EntityType, TextSpan } from '../../types';
import { joinedFrom, sideInMatchReport } from './matchReport';
import { saidOfWater } from './waterCue';
import { sideNamedBySex, teamActs, teamsOwnAfter } from './teamCue';

/**
 * A kind the words around a mention point to: a person, anything but a person, an
 * organization, a speaker (anything but a place), a place ("in Norway", "Norway's
 * government"), a sports team ("Ghana shirt", "Norway edge Portugal"), or a thing one can
 * count and own ("every Quillan in the field", "a second-hand Quillan"): a product; or an
 * event, which is cancelled or postponed; or water, a lake or a river, which is rowed and
 * has shores ("rowed the length of Windermere", "the shores of Constance"); or a people, whose
 * farmers and herders the name describes ("Sidama farmers", "Navajo sheep herders"), which may also be where they live.
 */
export type Cue = 'person' | 'not-person' | 'organization' | 'speaker' | 'agent' | 'place' | 'people' | 'water' | 'team' | 'thing' | 'event' | 'language';

/** What sort of thing a candidate entry is, beyond its type, as cues need it. */
export type EntryKind = 'team' | 'water' | 'lake' | 'language' | undefined;

/** Words a language follows: what is written, said, sung or taught in it ("published in Greenlandic", "songs in Breton", "speaks Welsh"). */
const LANGUAGE_BEFORE =
  /\b(?:(?:written|published|printed|sung|sang|broadcast|taught|spoken|speaking|signed|performed|recited|said|says|told|prayed|songs?|translated|dubbed|subtitled|lessons|classes|teaching|fluent|interview|poems?|books?|sermons?|service|mass|speeches|announcements?|signs?|(?:speak|speaks|spoke|speaking|learn|learns|learned|learnt|learning|teach|teaches|taught|understand|understands|read|reads|write|writes|wrote)(?:\s+(?:fluent|some|little|no))?)(?:\s+(?:entirely|only|mostly|largely|partly|both|also))?\s+(?:in|into)|(?:speak|speaks|spoke|speaking|learn|learns|learned|learnt|learning|teach|teaches|understand|understands)(?:\s+(?:fluent|some|little|no))?)\s+$/i;
/** What may follow a language's name: the end of the phrase, or another language ("in Greenlandic and Danish", "in Breton, French"). */
const LANGUAGE_AFTER = /^(?:\s*[,.;:!?)"”]|\s*$|\s+(?:and|or|as|with|but|than|to|at|on|for|from|by|during|while|when|before|after|outside|inside)\b)/;
/** What only a language is, right after its name: spoken, its speakers, words and grammar ("the Guaraní spoken in the capital"). */
const LANGUAGE_OWN_AFTER =
  /^\s+(?:(?:is|was)\s+)?(?:spoken|speakers|dictionar(?:y|ies)|grammar|spelling|alphabet|orthography|vocabulary|translations?|words\s+for)\b/;

const WHO_AFTER = /^[’']?s?,\s+who\b/;
/** "Tavares, which has 40 trucks": "which" after a name is said of no person (a company, a place, a team). */
const WHICH_AFTER = /^,\s+which\b/;
/** An age in apposition ("Wrona, 61, said"). */
const AGE_AFTER = /^,\s+\d{1,3},/;
/** Words only said of a person before the name ("the younger Wrona", "the late Marlow"). */
const PERSON_BEFORE = /\b(?:younger|elder|older|late)\s+$/i;
const SPEECH_VERBS =
  'said|says|told|added|argued|warned|insisted|admitted|explained|replied|declined|denied|confirmed|announced|demands?|demanded|urged|urges|pledged|pledges|vowed|vows|called|calls|plans|planned|wants|welcomed|welcomes|criticised|criticized|acknowledged|joked';
const SPEECH_AFTER = new RegExp(`^\\s+(?:(?:also|later|then|previously|has|had|have)\\s+)?(?:${SPEECH_VERBS})\\b`);
/** "said Mulryan, whose…", "said Mulryan." — the reporting verb's subject; not "said Jordan also needed…", where the name begins the reported clause. */
const SPEECH_BEFORE = /\b(?:said|says|told|according to)\s+$/;
const CLAUSE_END_AFTER = /^(?:[’']s)?\s*(?:[,.;:!?)]|$)/;
/**
 * What only a person does: travel, be born, grow up, smile, write, laugh, marry, die ("Jordan was due to travel",
 * "Sato will spend four days", "Kawasaki writes in the mornings"); not a company's "writes off" or "writes down".
 */
const PERSON_VERB_AFTER =
  /^\s+(?:(?:was|is|will|would|had|has|also|then|later|is due to|was due to|plans to|hopes to|hoped to)\s+)*(?:travel(?:s|led|ed)?|fly|flies|flew|flying|arrived?|arrives|smiled?|smiles|grew up|was born|lives|lived|(?:writes|wrote|write|writing)(?!\s+(?:off|down|back)\b)|laugh(?:s|ed)?|shrugged|nodded|sang|sings|married|died|dies|(?:founded|co-founded|started|set\s+up)\s+(?:the|a|his|her)\s+(?:company|firm|business|distillery|winery|brewery|bakery|shop|store|label|trader|cooperative)\b|spend(?:s)?(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?[$€£]?\d)|spent(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?[$€£]?\d))\b/;
/** "Ely lost her own onion crop", "Pryce had sold his own shares": only a person has "his own" or "her own". */
const OWN_AFTER = /^\s+(?:[a-z]+\s+){1,2}(?:his|her)\s+own\b/;
/**
 * Prepositions of place right before a name: a club is played "at" and "against", a country is travelled "in" and "from"
 * (also "In" opening a sentence), the fells are "above" it, one moves, returns, flies or rides (home) "to" it or to another
 * place and it ("travel to Trujillo and Lima"), an MP sits "for" it,
 * and a motorway or a ferry runs "between" it and another.
 */
const PLACE_BEFORE =
  /(?:\b(?:in|into|from|across|throughout|through|near|around|outside|inside|within|(?<!\b(?:places?|points?|spots?)\s)(?:above|below)|beyond|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)|(?:^|[.!?]\s+|\n)["“‘]?In|\b(?:MP|MSP|MS|MEP|MLA|TD|AM|Senator|Congressman|Congresswoman)\s+for|\b(?:move|moves|moved|moving|emigrated|emigrate|relocated|relocate|return|returns|returned|returning|journey|trip|flight|flights|fly|flies|flew|flying|travel|travels|travelled|traveled|travelling|traveling|sailed|drove|ride|rides|drive|drives|walk|hike)\s+(?:back\s+|home\s+|indoors\s+|abroad\s+|on\s+)?to(?:\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+(?:,|,?\s+(?:and|or)))?|\b(?:motorway|road|highway|railway|border|ferry|ferries|flights?|trains?|buses)\s+(?:between|linking|connecting)|\b(?:been|gone)\s+to)\s+(?:the\s+)?$/;
/** "a drive of more than five hours back to X", "a bus ride of an hour home to X": a journey's length, then where it ends. */
const JOURNEY_BACK_BEFORE = /\b(?:ride|drive|journey|trip|flight|walk|trek|hike)\s+of\s+(?:[\w,-]+\s+){1,5}?(?:back|home)\s+to\s+(?:the\s+)?$/;
/** A fixture's venue after a comma, ending its item ("Game 1, March 8, Ketchikan v Juneau, at Ketchikan;"): where a game is played. */
const VENUE_AT_BEFORE = /,[ \t]+at[ \t]+$/;
const VENUE_AT_AFTER = /^[ \t]*(?:[;.)]|,[ \t]+(?:Game|Match|\d)|$|\n)/;
/** "we go to X by bus", "sent to X by road": the way one travels, after where one goes, says a place (a club or a school is gone to, too). */
const BY_TRANSPORT_AFTER = /^\s+by\s+(?:bus|coach|train|rail|road|car|boat|ferry|plane|air|sea)\b/;
/** A share of a place's people, said as of the place ("Half of Kerry is up here today", "most of Mayo", "the whole of X is watching"; not "half of Kearney's sales"). */
const SHARE_OF_BEFORE = /\b(?:half|most|much|all|the\s+rest|the\s+whole)\s+of\s+$/i;
/** A possessive right after a name: what follows is the name's, not the name ("half of Kearney's sales"). */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** "the city of Kettering", "the county of Avon", "the town of Marlow". */
const PLACE_OF_BEFORE =
  /\b(?:city|town|village|county|state|country|port|capital|parts?|streets|outskirts|edge|centre|center|people|residents|mayor)\s+of\s+$/i;
/** What only a state or a town has ("Norway's government", "Norway's minister of culture", "Marlow's suspension bridge"). */
const PLACE_AFTER =
  /^\s+(?:has|had)\s+(?:a\s+population\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|fewer\s+than\s+|only\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:people|inhabitants|residents)\b|^[’']s\s+(?:[a-z-]+\s+)?(?:government|capital|economy|president|prime minister|minister|ministry|parliament|population|borders?|coast|north|south|east|west|people|bridge|high street|town centre|city centre|streets|residents|mayor|tourism|tourist board|hotels|airports?|ports?|farmers|independence|sovereignty|territory|constitution|airspace)\b/;
/** A place name used as an origin before a person noun ("a Kettering lad", "a Boston man"), before its centre, its council, its mayor or the member it elects ("Durham MP", "a Mayo TD", "Brno mayor Petra Svobodová"). */
const PLACE_MODIFIER_AFTER =
  /^\s+(?:lad|lads|lass|man|men|woman|women|boy|girl|people|voters|families|households|native|natives|resident|residents|born|town centre|city centre|high street|firm|company|business|family|maker|makers|manufacturer|producer|packer|council|councillors?|government|authorities|mayor|governor|MPs?|MSPs?|MEPs?|TDs?|MLAs?|[a-z]{3,}ists?|[a-z]{3,}ians?)\b/;
/**
 * The people of a name, by what they do ("Sidama farmers", "Navajo sheep herders and weavers"): a people
 * (a nationality entry) or the place they come from, not an organization or a person.
 */
const PEOPLE_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:farmers|herders|weavers|fishermen|villagers|elders|nomads|pastoralists|growers|smallholders|hunters|craftsmen|artisans|chiefs|clans|tribes|communities|refugees|migrants|fighters|rebels|militias)\b/;
/**
 * A plural verb after a single name ("Ayr have asked", "Penrith, who are bottom", "Reggio stay fifth", "Ulsan, who lead the
 * league"): British English treats a team
 * as plural ("Hualien open a home series"); a town, a country and a person take a singular verb. Not after "and" or a comma, where the verb is the
 * list's ("Kendal and Penrith have").
 */
const PLURAL_VERB_AFTER =
  /^\s+(?:have|are|were|need|come|go|travel|visit|welcome|remain|sit|stay|open|start|begin|resume|lose|win|draw|pick|recall|appoint|sign)\b(?!\s+(?:been\s+)?(?:named|called|known)\b)/;
const WHO_PLURAL_AFTER = /^,\s+who\s+(?:have|are|were|lead|trail|sit|play|host|face|need|remain)\b/;

/** The name is the plural subject: "Ayr have" opening its sentence (not "Councillors in Ayr have"), or "Ayr, who are". */
function pluralSubject(text: string, mention: TextSpan, before: string, after: string): boolean {
  if (/s$/i.test(text.slice(mention.start, mention.end))) return false;
  return WHO_PLURAL_AFTER.test(after) || (PLURAL_VERB_AFTER.test(after) && SENTENCE_START.test(before));
}
/** "between Ferrara and the sea": one end of a stretch of land whose other end is the sea, a coast or a border. */
const BETWEEN_BEFORE = /\bbetween\s+$/;
const AND_THE_SEA_AFTER = /^\s+and\s+the\s+(?:sea|coast|border|mountains|hills|river|lake|capital)\b/;
/** An organization's things ("Wrona's deliveries", "Hartley's shares", "X's engineering department"), or a university's count of students ("Stellenbosch has 32,000 students"). */
const ORGANIZATION_AFTER =
  /^[’']s\s+(?:[a-z-]+\s+)?(?:shares|share price|profits?|revenue|sales|customers|deliveries|products|factory|factories|plant|warehouses?|stores|brand|board|chief executive|founder|chairman|CEO|employees|staff|headquarters|subsidiary|stake|shareholders|investors|competitors|rivals|department|faculty|students|campus|professors|lecturers|graduates|alumni|researchers)\b|^\s+(?:has|had)\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]+\s+(?:students|undergraduates)\b/;
/** A school's people right after its name ("Grange pupils row the length of Windermere"). */
const SCHOOL_PEOPLE_AFTER = /^\s+(?:pupils|schoolchildren|schoolboys|schoolgirls|headteacher|head\s+teacher|headmaster|headmistress)\b/;
/** A company's spokesman, shares or staff before its name ("a spokesman for Maas", "shares in Kearney", "staff at Delft"). */
const ORGANIZATION_BEFORE =
  /\b(?:spokes(?:man|woman|person)\s+for|statement\s+from|shares\s+(?:in|of)|stake\s+in|(?:employees|staff|workers|shareholders|customers)\s+(?:of|at|in)|(?:chief\s+executive|managing\s+director|chairman|chairwoman|board)\s+of|(?:researchers?|professors?|lecturers?|students?|scientists?|academics?)\s+at|studied\s+at)\s+(?:the\s+)?$/i;
/**
 * What a company does in numbers, right after its name: it employs or exports so many, sells so many a year, or says
 * so in a filing ("Talukder now employs about 5,600 people", "Marsac sells about 2.1 million bottles a year", "Srisuk
 * said in a filing"); not a writer's "sold two million copies", which gives no yearly rate.
 */
const BUSINESS_AFTER =
  /^\s+(?:(?:now|still|also|already|currently)\s+)?(?:(?:employs|employed|exports|exported|produces|processes|operates)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?[\d,.]+|(?:sells|makes|ships|produces)\s+(?:[^.;!?\n]|\.\d){0,40}?\b(?:a|per|each|every)\s+(?:year|month|week|day)\b|said\s+in\s+(?:a|its)\s+(?:regulatory\s+|stock\s+exchange\s+|exchange\s+)?filing\b)/;
/** A company's people and things after "its" later in the sentence ("Lancaster has 60 on order, and its operations director"). */
const ITS_ORGANIZATION =
  /^[^.!?\n]{0,80}?\bits\s+(?:[a-z-]+\s+)?(?:director|directors|chief executive|board|shares|staff|employees|workers|customers|shareholders|factory|factories|headquarters|founder|chairman|chairwoman)\b/;
/** Said of an event: it is cancelled, postponed, called off or staged ("Appleby has been cancelled only twice"). */
const EVENT_AFTER = /^\s+(?:(?:has|have|had|was|were|is|will|be|been|being|never|only|twice)\s+)*(?:cancelled|canceled|postponed|called off|staged)\b/;
/** What a company or a person does and a place does not ("Avon would donate", "Clare would keep paying staff"). */
const AGENT_VERB_AFTER =
  /^\s+(?:(?:would|will|could|also|has|had|is|was|did not|does not|to|keep|stops?|stopped|halts?|halted|resumes?|resumed)\s+)*(?:selling|buying|paying|hiring|making|donate|donates|donated|pay|pays|paying|hire|hires|hired|hiring|employ|employs|employed|sponsor|sponsors|sponsored|invest|invests|invested|sell|sells|sold|buy|buys|bought|sign|signs|signed|launch|launches|launched|unveil|unveils|unveiled|supply|supplies|supplied|disclose|discloses|disclosed|name|named|negotiat(?:e|es|ed|ing)|expects|expected)\b/;
/** A reflexive pronoun right after the name: "itself" is an organization's, "himself" or "herself" a person's. */
const REFLEXIVE_AFTER = /^,?\s+(itself|himself|herself)\b/i;
/** A company's things and money, said in the sentence a name is the subject of ("Sorensen already has a factory", "Haldane raises 38 million pounds"). */
const COMPANY_WORDS =
  /\b(?:shares|share price|chain|plant|plants|factory|factories|roastery|warehouses?|stores|outlets|branches|sites|headquarters|subsidiary|customers|shareholders|investors|revenue|turnover|profits?|sales|million|billion|contracts?|orders|acquisition|takeover|stock market|jobs|staff|employees|workforce|payroll|containers|hatchery|hatcheries|cold store|vessels|fleet|freight|deliveries|delivered|selling online|dividend|dealers|distributors|production line)\b/i;
/** A person's words in the same sentence (a person may have a factory too: "she owns a factory"). */
const PERSON_PRONOUN = /\b(?:he|him|his|she|her|hers|himself|herself)\b/i;
/** The start of a sentence or of a line (a headline), or the story after a dateline's ") -", right before a name. */
const SENTENCE_START = /(?:^|\n|[.!?]["”’]?\s+|(?:^|\n)\p{Lu}[\p{Ll} ]+-|\)\s+[-–—]\s+)["“‘']?$/u;

/**
 * True when the name is the subject at the start of a sentence or headline whose rest
 * (up to its end) speaks of a company's things or money and of no person: what an
 * organization does, not its founder ("Sorensen to build turbine blade plant in Spain").
 */
export function companySubject(text: string, mention: TextSpan): boolean {
  if (!SENTENCE_START.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return false;
  const rest = /^[^.!?\n]*/.exec(text.slice(mention.end, mention.end + 160))![0];
  return COMPANY_WORDS.test(rest) && !PERSON_PRONOUN.test(rest);
}

/** "larger exporters such as Mirza", "brewers like X": one of a kind of business, named as an example. */
const BUSINESS_SUCH_AS_BEFORE =
  /\b(?:companies|firms|businesses|exporters|importers|producers|makers|manufacturers|brands|retailers|suppliers|traders|operators|lenders|insurers|builders|shipbuilders|developers|brewers|packers|processors|wholesalers)\s+(?:such\s+as|like|including)\s+$/i;
/** "the Hakimi store", "the first Lindholm boat": a business's premises or product after its name, with "the" before. */
const BUSINESS_ASSET_AFTER = /^\s+(?:store|stores|plant|plants|factory|factories|yard|yards|mill|warehouse|depot|hatchery|brand|boat|boats|fleet|packhouse)\b/;
/** A noun phrase in apposition that says what the name is ("Penrith, the Cumbrian club,", "Keswick, the market town", "Baek, the country's fourth-largest builder,"). */
const APPOSITIVE =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(club|team|side|firm|company|maker|retailer|chain|builder|shipbuilder|producer|manufacturer|exporter|importer|processor|operator|supplier|lender|bank|insurer|group|brewer|roaster|airline|developer|publisher|distributor|wholesaler|refiner|conglomerate|town|city|village|county|country)\b(?![’']s)/u;
const APPOSITIVE_CUE: Record<string, Cue> = {
  club: 'team',
  team: 'team',
  side: 'team',
  firm: 'organization',
  company: 'organization',
  maker: 'organization',
  retailer: 'organization',
  chain: 'organization',
  ...Object.fromEntries(
    'builder shipbuilder producer manufacturer exporter importer processor operator supplier lender bank insurer group brewer roaster airline developer publisher distributor wholesaler refiner conglomerate'
      .split(' ')
      .map((noun): [string, Cue] => [noun, 'organization']),
  ),
  town: 'place',
  city: 'place',
  village: 'place',
  county: 'place',
  country: 'place',
};

/** The end of a sentence, then the pronoun that opens the next one ("… in 2020. Its founder"). */
const NEXT_SENTENCE_PRONOUN = /^[^.!?\n]*?[.!?]["”’]?[ \t]+(he|his|she|her|it|its)\b/i;

/**
 * For a name that opens its sentence, the pronoun that opens the next one, which news
 * writing uses for the subject before it ("Pruitt closed the mill in 2020. Its founder…").
 */
function nextSubjectPronoun(text: string, mention: TextSpan, before: string): string | undefined {
  if (!SENTENCE_START.test(before)) return undefined;
  return NEXT_SENTENCE_PRONOUN.exec(text.slice(mention.end, mention.end + 300))?.[1].toLowerCase();
}

/** The first third-person pronoun after the mention within its sentence. */
const PRONOUN = /\b(he|him|his|she|her|hers|it|its)\b|[.!?]["”’]?\s/i;

/**
 * True when the cue is said outright, not inferred: "the village of X", "X, the Cumbrian
 * club,". An entry such a cue excludes is no reading of the mention at all (a person is
 * not "the village of Fairlie"), so when it excludes every candidate the name stays unlinked.
 */
export function outrightCue(text: string, mention: TextSpan): boolean {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  return PLACE_OF_BEFORE.test(before) || clubNamedBefore(text, mention) || APPOSITIVE.test(text.slice(mention.end, mention.end + 120));
}

/**
 * A sport's clubs "of" the names that follow ("the football clubs of Porto and Braga"), or a
 * sport's club named in apposition after it ("the city's football club, Groningen,"): each
 * name is the club, said outright. Not after a club already named ("the general manager of the
 * Poltava Storks basketball club, Olena Kovalenko,"), where the apposition is to someone of it.
 */
const CLUB_OF_BEFORE =
  /\b(?:football|rugby|cricket|hockey|basketball)\s+(?:(?:club|clubs|team|teams|side|sides)\s+of(?:\s+\p{Lu}[\p{L}'’-]*,?)*(?:\s+and)?\s+|(?<!\p{Lu}[\p{L}'’-]*\s+(?:football|rugby|cricket|hockey|basketball)\s+)(?:club|team|side),\s+)$/u;

/** True when a sport's club is named right before the mention (CLUB_OF_BEFORE). */
function clubNamedBefore(text: string, mention: TextSpan): boolean {
  return CLUB_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

/** A determiner that counts or owns, maybe with an adjective or two ("a second-hand", "every", "their new"). */
const COUNTED_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|every|each|any|another|his|her|their|our|my|your)\s+(?:(?!(?:to|of|in|on|at|by|for|from|with|called|named|visit|trip|move)\s)[a-z-]+\s+){0,2}$/iu;
/** What follows a counted name itself, not a noun it modifies ("every Quillan in the field", "a Quillan bought at auction"). */
const COUNTED_AFTER =
  /^(?:\s*[,.;:!?)"”]|\s+(?:in|on|at|for|with|from|that|which|was|is|will|can|could|would|bought|sold|costs?|sells?|flew|crashed)\b|\s+[a-z]+ed\b)/;

/**
 * A measure of something before its name ("a wheel of Gouda", "two bottles of Rioja", "a tonne of Arabica", "the amount of
 * Marsala"), or how much of it is sold or drunk ("sales of Calvados have fallen"): the name is the thing measured.
 */
const MEASURE_OF_BEFORE =
  /\b(?:a|an|one|two|three|four|five|six|ten|twelve|half\s+a|the)\s+(?:[a-z-]+\s+)?(?:wheels?|bottles?|glass(?:es)?|pints?|cups?|cans?|bags?|boxes|box|slices?|pieces?|jars?|tins?|crates?|cases?|barrels?|casks?|packets?|kilos?|kilograms?|pounds?|tonnes?|tons?|litres?|liters?|sacks?|cartons?|loaves|loaf|bales?|amounts?|quantit(?:y|ies)|volumes?)\s+of\s+$|\b(?:(?:sales|consumption)\s+of|demand\s+for)\s+$/i;
/** How much of a thing is drunk, sold or made ("ships more Marsala abroad", "Young people drink less Marsala"): the name is the thing. */
const MORE_OF_A_THING_BEFORE =
  /\b(?:drink|drinks|drank|drinking|ship|ships|shipped|shipping|sell|sells|sold|selling|export|exports|exported|exporting|buy|buys|bought|buying|produce|produces|produced|producing)\s+(?:more|less|much|little|enough)\s+$/i;
/** What a thing is sold in ("start selling Sharr in cans"). */
const PACKED_IN_AFTER = /^\s+in\s+(?:cans|bottles|kegs|cartons|jars|tins|sachets|barrels|casks)\b/;

/** The name said to be a made thing ("The Falcon is the first folding bicycle I would buy", "Lindholm 32 is a ten-metre boat"): a product. */
const THING_IS_AFTER =
  /^\s+(?:is|was)\s+(?:the|a|an)\s+(?:[a-z0-9-]+\s+){0,3}?(?:bicycle|bike|car|boat|yacht|phone|smartphone|laptop|tablet|drink|beer|wine|whisky|cheese|machine|device|truck|lorry|van|engine|plane|aircraft|tractor|drone|camera|guitar|console)\b/;
/** What a made thing costs, after "the X" ("Dealers say the Khangai still costs more than a used import"). */
const THING_COSTS_AFTER = /^\s+(?:(?:still|now|only|also)\s+)?(?:costs|cost|retails|sells\s+for|is\s+priced)\b/;

/** An institution's head word ending a name, or opening it before "of" ("Chamber of Deputies", "the Kerman Farmers' Association"). */
const INSTITUTION_HEAD =
  /^(?:Chamber|Court|Assembly|Council|Ministry|Bank|University|College|Institute|Academy|Office|Board|Department|Commission|Committee|Agency|Authority)\s+of\s|\s(?:Court|Assembly|Council|Parliament|Congress|Senate|Ministry|Agency|Authority|Commission|Committee|University|College|Association|Federation|Institute|Foundation|Society|Museum|Hospital|Company|Corporation|Airlines|Holdings)$/;
/** Cues that say a name is no organization: wrong for a name that says it is one ("who represents Oruro in the Chamber of Deputies"). */
const NOT_ORGANIZATION: ReadonlySet<Cue> = new Set(['place', 'person', 'water', 'people']);

/**
 * The cue of the words around `mention`, if any; none that contradicts an institution's name itself
 * (INSTITUTION_HEAD: "in the Chamber of Deputies" is no place).
 */
export function cueOf(text: string, mention: TextSpan): Cue | undefined {
  const cue = cueAround(text, mention);
  return cue !== undefined && NOT_ORGANIZATION.has(cue) && INSTITUTION_HEAD.test(text.slice(mention.start, mention.end)) ? undefined : cue;
}

/** The cue of the words around `mention`, if any, whatever the name says of itself. */
function cueAround(text: string, mention: TextSpan): Cue | undefined {
  const after = text.slice(mention.end, mention.end + 120);
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  if (pluralSubject(text, mention, before, after)) return 'team';
  if (WHO_AFTER.test(after) || AGE_AFTER.test(after) || PERSON_BEFORE.test(before)) return 'person';
  if (WHICH_AFTER.test(after)) return 'not-person';
  const appositive = APPOSITIVE.exec(after);
  if (appositive) return APPOSITIVE_CUE[appositive[1]];
  // Before the place cues: "shares in Nowak" is no place, "the Ireland women's team" no Ireland women.
  if (ORGANIZATION_BEFORE.test(before) || SCHOOL_PEOPLE_AFTER.test(after) || BUSINESS_SUCH_AS_BEFORE.test(before)) return 'organization';
  if (BUSINESS_ASSET_AFTER.test(after) && /\b[Tt]he\s+(?:(?:first|new|old|last|main)\s+)?$/.test(before)) return 'organization';
  if (sideNamedBySex(after)) return 'team';
  if ((LANGUAGE_BEFORE.test(before) && LANGUAGE_AFTER.test(after)) || LANGUAGE_OWN_AFTER.test(after)) return 'language';
  if (saidOfWater(before, after)) return 'water';
  if (PLACE_AFTER.test(after) || PLACE_MODIFIER_AFTER.test(after)) return 'place';
  if (PEOPLE_AFTER.test(after)) return 'people';
  // A name that modifies a team's noun ("in the Germany squad") is the team's: the preposition before it governs the noun.
  if (teamsOwnAfter(after)) return 'team';
  // "in Cambridge's engineering department": the preposition governs the possessive's noun, not the name.
  if (ORGANIZATION_AFTER.test(after)) return 'organization';
  // A player joins a club from another, in a match report: "who joined from Moshi last year" is the club, not the town.
  if (joinedFrom(text, mention, before)) return 'team';
  if (BETWEEN_BEFORE.test(before) && AND_THE_SEA_AFTER.test(after)) return 'place';
  if (
    PLACE_BEFORE.test(before) ||
    PLACE_OF_BEFORE.test(before) ||
    JOURNEY_BACK_BEFORE.test(text.slice(Math.max(0, mention.start - 70), mention.start)) ||
    (/\bto\s+$/.test(before) && BY_TRANSPORT_AFTER.test(after)) ||
    (VENUE_AT_BEFORE.test(before) && VENUE_AT_AFTER.test(after)) ||
    (SHARE_OF_BEFORE.test(before) && !POSSESSIVE_AFTER.test(after))
  )
    return 'place';
  if (teamActs(before, after) || clubNamedBefore(text, mention)) return 'team';
  if (sideInMatchReport(text, mention, before, after)) return 'team';
  if (
    (COUNTED_BEFORE.test(before) && COUNTED_AFTER.test(after)) ||
    MEASURE_OF_BEFORE.test(before) ||
    MORE_OF_A_THING_BEFORE.test(before) ||
    PACKED_IN_AFTER.test(after) ||
    THING_IS_AFTER.test(after) ||
    (THING_COSTS_AFTER.test(after) && /\b[Tt]he\s+$/.test(before))
  )
    return 'thing';
  if (EVENT_AFTER.test(after)) return 'event';
  // ORGANIZATION_AFTER was read above, before the place cues.
  if (BUSINESS_AFTER.test(after)) return 'organization';
  const speech = SPEECH_AFTER.test(after) || (SPEECH_BEFORE.test(before) && CLAUSE_END_AFTER.test(after));
  const agent = !speech && AGENT_VERB_AFTER.test(after);
  const speaks = speech || agent;
  const pronoun = PRONOUN.exec(after.slice(0, 80));
  const word = pronoun?.[1]?.toLowerCase() ?? nextSubjectPronoun(text, mention, before);
  if (word === 'it' || word === 'its') return speaks || ITS_ORGANIZATION.test(after) ? 'organization' : 'not-person';
  if (word !== undefined && speaks) return 'person';
  if (PERSON_VERB_AFTER.test(after) || OWN_AFTER.test(after)) return 'person';
  // "Pruitt itself lost money", "Price himself said".
  const reflexive = REFLEXIVE_AFTER.exec(after);
  // "itself" is said of a place too ("Maputo itself had flooding"), so it only rules out a person.
  if (reflexive) return reflexive[1].toLowerCase() === 'itself' ? 'not-person' : 'person';
  if (companySubject(text, mention)) return 'organization';
  if (speech) return 'speaker';
  if (agent) return 'agent';
  return undefined;
}

/**
 * How a candidate fits the cue: 1 when the cue names its kind, -1 for what the cue
 * excludes, else 0. A team is an organization; a person may be named in a match report
 * but is no team.
 */
export function cueFit(cue: Cue | undefined, type: EntityType, kind?: EntryKind): number {
  switch (cue) {
    case 'person':
      return type === 'person' ? 1 : -1;
    case 'not-person':
      return type === 'person' ? -1 : 0;
    case 'organization':
      return type === 'organization' ? 1 : -1;
    case 'speaker':
    case 'agent':
      return type === 'person' || type === 'organization' || type === 'other' ? 0 : -1;
    case 'place':
      return type === 'place' ? 1 : -1;
    case 'people':
      return type === 'nationality' ? 1 : type === 'place' ? 0 : -1;
    case 'water':
      return kind === 'water' || kind === 'lake' ? 1 : -1;
    case 'team':
      return kind === 'team' ? 1 : type === 'organization' ? 0 : -1;
    case 'event':
      return type === 'event' ? 1 : type === 'organization' || type === 'other' ? -0.5 : -1;
    case 'thing':
      return type === 'product' ? 1 : type === 'organization' || type === 'other' ? -0.5 : -1;
    // "in Greenlandic": the scorer rules out every other candidate instead (score.ts), so that the article's other mentions,
    // adjectives more often ("Greenlandic hands"), do not take the language's sense from it.
    case 'language':
      return 0;
    default:
      return 0;
  }
}
