/**
 * A wire slug opening a line: the topic, a hyphen, then the headline ("Soccer-Mongolia lose at home
 * in friendly", "Rugby-Uruguay pick uncapped flanker"). One pattern for the two readers of it: the
 * structure keeps such a headline under a section's label, and the linker reads a brief's sport
 * from it. Group 1 is the topic. A source string, to be anchored by each reader.
 */
export const WIRE_SLUG_OPENING = String.raw`[ \t]*(\p{Lu}[\p{L} ]{1,24}?)-\p{Lu}`;
