/**
 * Word lists that drive quotation attribution. Kept apart from the logic so a
 * reader can see (and extend) what counts as a speech verb or a determiner
 * without reading the pattern code. Every list is lower-case.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Finite (and base) forms of verbs that introduce or close a quotation
 * ("…," X said / X told reporters "…"). Base forms cover "did concede", "would say".
 */
export const SPEECH_VERBS: ReadonlySet<string> = set(`
  said says say told tells tell added adds add asked asks ask stated states state
  explained explains explain noted notes note insisted insists insist warned warns warn
  wrote writes write declared declares declare argued argues argue replied replies reply
  responded responds respond continued continues recalled recalls acknowledged acknowledges acknowledge
  admitted admits admit conceded concedes concede claimed claims claim announced announces announce
  suggested suggests tweeted tweets posted posts quipped quips joked jokes remarked remarks
  observed observes commented comments answered answers confirmed confirms stressed stresses
  emphasized emphasizes emphasised emphasises shouted shouts yelled yells cried exclaimed exclaims
  wondered wonders mused muses predicted predicts promised promises vowed vows boasted boasts
  complained complains lamented laments blurted whispered whispers testified testifies
  countered counters retorted retorts chimed urged urges demanded demands cautioned cautions
  agreed agrees added recounted recounts reiterated reiterates maintained maintains
  pleaded pleads begged begs reported reports called calls described describes
  texted emailed e-mailed messaged thundered snapped sighed laughed offered offers opined opines
  gushed raved scoffed fumed marveled marvelled griped grumbled huffed crowed proclaimed proclaims
  concluded concludes conclude mocked mocks
`);

/** Participles that hang a quotation on the clause's subject ("…, saying, “…”"). */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = set(`
  saying adding noting telling writing arguing calling asking insisting warning explaining
  declaring stating describing referring tweeting posting continuing replying responding
  recalling acknowledging admitting conceding claiming announcing stressing emphasizing
  emphasising urging demanding countering quipping joking remarking observing promising vowing
  complaining lamenting testifying reiterating pleading predicting suggesting
`);

/** Words between a subject and its verb that are not part of the subject ("has", "also", "however"). */
export const AUX_AND_ADVERBS: ReadonlySet<string> = set(`
  has have had did does do will would could should may might must can shall is was were are be been
  also later then previously again once repeatedly often recently earlier first last simply just only
  however though still further finally flatly bluntly publicly privately separately frankly quickly
  reportedly allegedly once even never not later since already yet additionally subsequently
  angrily firmly openly proudly plainly calmly tersely curtly
`);

/** Words that end a noun phrase when walking back from a verb (clause boundaries). */
export const CLAUSE_WORDS: ReadonlySet<string> = set(`
  that which who whom whose when while because if although though as after before since so than where
  whether until unless but or nor yet said says told what
`);

/** Words that cannot start a speaker noun phrase after a quotation ("…" and then…). */
export const NON_SPEAKER_STARTS: ReadonlySet<string> = set(`
  and but or nor so because if when while as in on at for to with from by of into about after before
  than that which is was were are be been will would could should can may might has have had do does did
  it's this these those there here then not no yes seems seemed is out up back off down over away
`);

/** Sentence adverbs that can open a sentence before its subject ("But", "However,"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = set(`
  but and so yet however meanwhile still also then now later separately instead moreover indeed
  nonetheless nevertheless besides furthermore
`);

/** Determiners and possessive pronouns that make a short quoted term a noun phrase (scare quotes). */
export const DETERMINERS: ReadonlySet<string> = set(`
  the a an its their his her our your my this that these those such any no every each another
  so-called so called dubbed termed labeled labelled branded nicknamed known
`);

/** Words that end the speaker noun phrase after an inverted verb ("…," said X in a statement). */
export const NP_END_WORDS: ReadonlySet<string> = set(`
  in on at during after before when while who which that as to from with without for about because
  via through told adding noting saying although though but and referring speaking
`);

/** Pronouns that can stand as a speaker and need resolution. */
export const PERSON_PRONOUNS: ReadonlySet<string> = set(`he she`);

/** Pronouns that refer to a group or organization. */
export const GROUP_PRONOUNS: ReadonlySet<string> = set(`it they`);

/** First- and second-person pronouns: kept as speakers, never resolved. */
export const OTHER_PRONOUNS: ReadonlySet<string> = set(`i we you`);

/** Nouns that announce a title right before a quoted name ("the film “…”"). */
export const TITLE_CUES: ReadonlySet<string> = set(`
  film movie book novel show series program programme song album documentary play episode titled
  entitled headlined article column podcast exhibition opera musical painting game hashtag slogan
  campaign operation initiative poem single track magazine newspaper report memoir sitcom
`);

/**
 * Titles and honorifics that precede a name; the capitalized-name fallback
 * drops them so "Chief Cabinet Secretary Yoshihide Suga" gives "Yoshihide Suga".
 */
export const NAME_TITLES: ReadonlySet<string> = set(`
  mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt.
  president vice prime minister secretary chief cabinet senator representative governor mayor general
  chairman chairwoman chair director spokesman spokeswoman spokesperson ambassador judge justice
  speaker leader king queen prince princess pope sir dame lord lady minister foreign defense defence
  finance deputy assistant acting former candidate nominee attorney state press communications
  campaign manager chancellor premier commissioner officer captain colonel sergeant professor
  house senate majority minority whip party democratic republican national security adviser advisor
  executive ceo founder head curator fisherman farmer teacher lawyer economist analyst author activist
  coach councillor councilman councilwoman historian doctor nurse resident student owner artist writer
  singer actor actress detective inspector bishop archbishop rabbi imam reverend harbor harbour master
  negotiator operator union police officer
`);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = set(`
  mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc co corp ltd no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.n u.k e.g i.e mt ft
`);

/**
 * Things that never speak (issue 16): "the plan" is not a speaker, whoever wrote it is.
 * Organizations and groups are agents and stay out of this list ("the campaign", "the fund").
 */
export const THING_NOUNS: ReadonlySet<string> = set(`
  plan plans deal deals proposal proposals move moves decision decisions policy policies program programs programme
  programmes scheme schemes measure measures budget strategy idea ideas effort efforts project projects reform reforms
  change changes cut cuts increase increases economy market markets price prices vote votes result results process
  system initiative approach issue issues problem problems situation question questions debate crisis war attack
  event events trip visit merger takeover sale ban tax taxes scandal shift trend rise fall drop growth loss losses
  money funding plant factory building closure deadline offer offers package bid
`);

/**
 * Artifacts that store or relay language: PolNeAR's guide lets them be sources ("according
 * to the report"), unless their author is named with them ("the president's report").
 */
export const ARTIFACT_NOUNS: ReadonlySet<string> = set(`
  report reports statement statements letter letters email emails e-mail memo memos document documents release
  editorial column article study studies survey surveys poll polls records filing filings complaint lawsuit suit
  ad ads advert advertisement video website headline tweet tweets post message note sign book passage transcript
  recording announcement bill law agreement contract rule rules ruling order indictment affidavit motion petition
  resolution manifesto platform analysis review audit forecast notice update updates text guidance minutes
  data figures numbers
`);
