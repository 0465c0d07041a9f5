/**
 * The words before a name that say it is a town or the land around towns, when a city and its
 * province, district or department share the name (placeKind.ts reads them among the other words
 * before a name): one is near a town, courts and buildings stand in one, one travels to it on a
 * day; farming, a compass part, a weather warning and the towns in it belong to the land; one
 * lives on an island, and a mountain has slopes.
 */
import type { TextSpan } from '../../types';

/** The kind "the coast of X" says: any area that holds towns, or a country (LAND_OF_BEFORE). */
export const ANY_LAND = 'land';
/** The kind a building's place has (BUILDING_IN_BEFORE): a town, or an island ("a hotel in Antigua, in the Caribbean"). */
export const BUILT_UP = 'built-up';

/**
 * "a plant near X", "on the outskirts of X": one is near a town, not near the area around it;
 * but an area near X ("a province near X") is compared with X, whatever X is.
 */
const POINT_BEFORE =
  /(?<!\b(?:province|county|state|region|department|district|prefecture|governorate|country|countries|provinces|states|regions)\s+)\b(?:near|outside|(?:on\s+)?the\s+outskirts\s+of)\s+$/;
/** "a court in X", "the Court of Appeal in X", "the legislature in X", "traffic police in X": courts, parliaments and a town's police are in towns, not in the county around them. */
const COURT_IN_BEFORE = /\b(?:court|courts|tribunal|courthouse|legislature|parliament|(?:traffic|city|municipal)\s+police)(?:\s+of\s+appeals?)?\s+in\s+$/i;
/** "off the coast of X", "the mountains of X": land a town does not have, an area's or a country's. */
const LAND_OF_BEFORE = /\b(?:coast|coastline|mountains|highlands|lowlands|countryside|farmland|interior)\s+of\s+$/i;
/** "southern Oruro", "upstate New York", "the south-east of Córdoba": a part of the land by its compass point, an area's. */
const PART_OF_LAND_BEFORE =
  /(?:\b(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|upstate)\s+|\bthe\s+(?:far\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of\s+)$/i;
/** "Farmers in Córdoba and Santa Fe", "growers in Ica", "crop losses in Buzău": farming is done in the land around towns. */
const FARMED_IN_BEFORE =
  /\b(?:farmers|growers|ranchers|herders|planters|smallholders|farms|orchards|crop\s+losses|harvests?)\s+(?:in|across|throughout)\s+(?:neighbouring\s+|neighboring\s+)?$/i;
/** "an orange rainfall warning for Galway and Mayo", "a yellow alert for Comayagua": weather warnings are given for areas. */
const WARNING_FOR_BEFORE = /\b(?:warnings?|alerts?)\s+for\s+$/i;
/** "I have lived on Jeju", "homes on Jeju": one lives on an island, not on a town or a province. */
const ON_ISLAND_BEFORE = /(?:^|[^\p{L}])on\s+$/u;
/** "factories and towns in Yazd", "villages across X", "a town of 17,000 in X": land that holds towns, not a town. */
const TOWNS_IN_BEFORE =
  /\b(?:(?:towns|villages|cities|hamlets|settlements)\s+(?:in|of|across|throughout)|an?\s+(?:town|village|city)\s+of\s+[\d,.]+(?:\s+(?:people|inhabitants))?\s+in)\s+(?:the\s+)?$/i;
/** "the northern districts of X", "the suburbs of X", "the old town of X": the parts of a town. */
const PARTS_OF_TOWN_BEFORE =
  /\b(?:(?:northern|southern|eastern|western|central|poorer|richer|outer|inner|old)\s+(?:districts|neighbourhoods|neighborhoods|quarters)|suburbs|streets|(?:main|high)\s+street|old\s+town|city\s+centre|town\s+centre|downtown)\s+of\s+$/i;
/** "on the slopes of X", "the summit of X", "the high pastures of the X": a mountain's (or a volcano's). */
const SLOPES_OF_BEFORE = /\b(?:slopes|flanks|summit|peak|foot|crater|pastures|passes)\s+of\s+(?:the\s+)?$/i;
/** "Vasić would arrive in X on Thursday": one arrives in a town on a day (not "arrived in Canterbury in 1874", a region). */
const ARRIVE_IN_BEFORE = /\b(?:arrive|arrives|arrived|arriving|landed|lands|land)\s+in\s+$/i;
const ON_A_DAY_AFTER =
  /^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+week)\b/;
/** "The Volcanes travel to X on Wednesday": a side or a person travels to a town on a day (ON_A_DAY_AFTER). */
const TRAVEL_TO_BEFORE = /\b(?:travel|travels|travelled|traveled|fly|flies|flew|head|heads|headed)\s+to\s+$/i;
/** "from offices in X", "a school in X", "a newspaper in X": a building, and the firm or paper in it, is in a town. */
const BUILDING_IN_BEFORE =
  /\b(?:offices?|headquarters|school|newspaper|hospital|university|factory|shop|store|restaurant|hotel|cinema|theatre|theater|museum|cathedral|airport|station)\s+in\s+$/i;
/** "The Geysers flew home to X", "they return home to X": one goes home to a town, not to the district around it. */
const HOME_TO_BEFORE =
  /\b(?:fly|flies|flew|flying|return|returns|returned|returning|travel|travels|travelled|traveled|head|heads|headed|go|went)\s+(?:back\s+)?home\s+to\s+$/i;

/**
 * The kind the words right before `mention` say, if they say a town ('settlement'), a built-up place (BUILT_UP), a
 * mountain, the land around towns (ANY_LAND) or an island; `before` is the text right before the mention.
 */
export function townOrLandBefore(text: string, mention: TextSpan, before: string): string | undefined {
  if (
    POINT_BEFORE.test(before) ||
    COURT_IN_BEFORE.test(before) ||
    HOME_TO_BEFORE.test(before) ||
    ((ARRIVE_IN_BEFORE.test(before) || TRAVEL_TO_BEFORE.test(before)) && ON_A_DAY_AFTER.test(text.slice(mention.end, mention.end + 30)))
  )
    return 'settlement';
  if (BUILDING_IN_BEFORE.test(before)) return BUILT_UP;
  if (SLOPES_OF_BEFORE.test(before)) return 'mountain';
  if (
    LAND_OF_BEFORE.test(before) ||
    TOWNS_IN_BEFORE.test(before) ||
    PART_OF_LAND_BEFORE.test(before) ||
    FARMED_IN_BEFORE.test(before) ||
    WARNING_FOR_BEFORE.test(before)
  )
    return ANY_LAND;
  if (ON_ISLAND_BEFORE.test(before)) return 'island';
  if (PARTS_OF_TOWN_BEFORE.test(before)) return 'settlement';
  return undefined;
}
