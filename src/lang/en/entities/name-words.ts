/**
 * Small closed word lists the entity finder needs to read names in running text.
 */

/** Lower-case particles inside personal names ("Faisal bin Farhan", "al-Burhan", "de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'ul', 'de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'du',
  'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'abu', 'ben', 'y', 'zu', 'bte', 'binti', 'bt',
]);

/** Suffixes that end a personal name ("George H.W. Bush Jr.", "Mohammed VI"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'Jr.', 'Sr.', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII',
]);

/** Capitalized words that never start or continue a personal name. */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.',
  'oct.', 'nov.', 'dec.', 'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for',
  'with', 'from', 'by', 'as', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'he',
  'she', 'it', 'they', 'we', 'i', 'you', 'who', 'what', 'when', 'where', 'why', 'how', 'if', 'while',
  'after', 'before', 'since', 'during', 'today', 'yesterday', 'tomorrow', 'tonight', 'said', 'says',
  'will', 'would', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'not', 'no', 'yes',
  'also', 'then', 'now', 'there', 'here', 'all', 'some', 'both', 'each', 'every', 'many', 'more',
  'most', 'other', 'such', 'than', 'too', 'very', 'can', 'could', 'should', 'may', 'might', 'must',
  'minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'officials', 'official',
  'government', 'ministry', 'department', 'administration', 'state', 'states', 'house', 'senate',
  'congress', 'parliament', 'party', 'army', 'police', 'forces', 'council', 'committee', 'agency',
  'news', 'reuters', 'union', 'bank', 'republic', 'kingdom', 'islamic', 'accords', 'agreement',
  'treaty', 'deal', 'initiative', 'summit', 'talks', 'conference', 'according', 'however',
  'meanwhile', 'mr.', 'mrs.', 'ms.', 'dr.', 'full', 'text', 'abstract', 'update', 'breaking',
  'east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'new', 'old',
  'great', 'united', 'national', 'international', 'federal', 'royal', 'islamic', 'arab', 'african', 'european',
  'republicans', 'democrats', 'republican', 'democrat', 'independents', 'conservatives', 'liberals',
  'affairs', 'voters', 'pac', 'gop', 'democratic', 'draft', 'closing', 'another', 'within', 'plus', 'subtitle', 'district', 'establishment', 'crooked',
  'lord', 'lady', 'sir', 'dame', 'sheikh', 'sheik', 'prince', 'princess', 'king', 'queen', 'emir', 'sultan',
]);

/**
 * Capitalized words that often open a sentence: a name after one is not part of a longer name
 * ("In Washington", "But Chad"), unlike "George Washington".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to',
  'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'against', 'between',
  'among', 'through', 'across', 'after', 'before', 'since', 'during', 'until', 'while', 'when',
  'where', 'whether', 'if', 'unless', 'although', 'though', 'because', 'as', 'like', 'than', 'that',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'who', 'what', 'which', 'why', 'how', 'both',
  'either', 'neither', 'each', 'every', 'all', 'some', 'many', 'most', 'more', 'few', 'several',
  'no', 'not', 'only', 'even', 'also', 'still', 'already', 'meanwhile', 'however', 'instead',
  'now', 'then', 'today', 'earlier', 'later', 'last', 'next', 'once', 'again', 'thus', 'hence',
  'did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'has',
  'have', 'had', 'is', 'was', 'are', 'were', 'be', 'being', 'been', 'says', 'said', 'asked',
  'told', 'officially', 'ultimately', 'separately', 'previously', 'currently', 'recently',
  'indeed', 'finally', 'first', 'second', 'third', 'under', 'toward', 'towards', 'near', 'beyond',
  'per', 'via', 'amid', 'despite', 'unlike', 'including', 'regarding', 'following', 'says',
  'speaking', 'asked', 'according', 'whereas', 'whilst', 'anti', 'pro', 'ex', 'post', 'pre',
  'non', 'former', 'new', 'old', 'senior', 'top', 'both', 'why', 'where', 'what',
]);

/**
 * Lower-case words after a state name that make it an ordinary noun phrase ("turkey sandwich"
 * written "Turkey sandwich"), not the state.
 */
export const COMPOUND_BLOCKERS: ReadonlySet<string> = new Set([
  'sandwich', 'sandwiches', 'dinner', 'breast', 'burger', 'burgers', 'meat', 'bacon', 'leg', 'legs',
  'trot', 'shoot', 'hunt', 'hunting', 'stuffing', 'gravy', 'roast', 'pig', 'pigs', 'fowl', 'vulture',
  'vultures', 'feathers', 'carving',
]);

/** Words that, anywhere in a document, show that "Georgia" is the US state. */
export const US_STATE_CONTEXT: ReadonlySet<string> = new Set([
  'Atlanta', 'Savannah', 'Augusta', 'Macon', 'Republican', 'Republicans', 'Democrat', 'Democrats',
  'Democratic', 'GOP', 'Sen.', 'Gov.', 'Rep.', 'Kemp', 'Ossoff', 'Warnock', 'Raffensperger',
  'Alabama', 'Florida', 'Tennessee', 'Carolina', 'primary', 'primaries', 'county', 'County',
]);

/** Words that show that "Georgia" is the state in the Caucasus. */
export const GEORGIA_STATE_CONTEXT: ReadonlySet<string> = new Set([
  'Tbilisi', 'Georgian', 'Georgians', 'Caucasus', 'Saakashvili', 'Abkhazia', 'Ossetia', 'Kobakhidze',
  'Ivanishvili', 'Zourabichvili', 'Shevardnadze', 'Kavelashvili', 'Armenia', 'Azerbaijan',
]);

/** Names that contain a state, capital or demonym but name something else. */
export const NON_ENTITY_NAMES: readonly string[] = [
  'Washington state', 'Washington State', 'George Washington', 'Booker T. Washington', 'Denzel Washington',
  'New England', 'New Guinea', 'Paris Hilton', 'Paris, Texas',
  'Georgia Tech', 'Chinese New Year', 'Indiana Jones', 'Jordan Peterson', 'Michael Jordan', 'Jordan River',
  'Niger River', 'Lake Chad', 'Israel Folau', 'Turkey Point', 'Latin American',
  'African American', 'African Americans', 'Native American', 'Native Americans', 'Asian American',
  'Asian Americans', 'Arab American', 'Arab Americans', 'Irish American', 'Mexican American', 'French fries',
  'Dutch auction', 'Russian roulette', 'Chinese food', 'Turkish delight', 'English language', 'Danish pastry',
  'Swiss cheese', 'Swiss franc', 'Mexico City', 'Panama City', 'Guatemala City', 'Kuwait City', 'Quebec City',
  'Hong Kong dollar', 'Canadian dollar', 'Australian dollar', 'New Zealand dollar', 'Singapore dollar',
  'American Samoa', 'British Virgin Islands',
  'Jordan Spieth', 'Paris Saint-Germain', 'Brazil nut', 'Brussels sprouts', 'India ink',
];

/**
 * Capitalized plural nouns that may follow a state's name or demonym without making a longer
 * name of it: "Iraqi Kurds", "Bosnian Serbs", "Palestinian Arabs" are people of that state.
 */
export const PEOPLE_AFTER_STATE: ReadonlySet<string> = new Set([
  'Kurds', 'Serbs', 'Croats', 'Muslims', 'Moslems', 'Christians', 'Shiites', 'Shias', 'Sunnis', 'Arabs',
  'Jews', 'Druze', 'Tamils', 'Sikhs', 'Hindus', 'Copts', 'Catholics', 'Protestants', 'Bedouins', 'Alawites',
  'Turkmens', 'Uighurs', 'Uyghurs', 'Pashtuns', 'Hazaras', 'Baluch', 'Armenians', 'Albanians', 'Hutus', 'Tutsis',
  'Marines', 'Army', 'Navy', 'Airmen', 'Forces', 'Embassy', 'Mission', 'Delegation', 'Government', 'Parliament',
]);

/**
 * US names that begin no personal name and name no place the events stage should read as one
 * ("Wall Street", "Floridians"). US states and cities are places (data/reference/places.json).
 */
export const US_PLACES: readonly string[] = [
  'Miami-Dade', 'Sarasota', 'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Beltway', 'Floridians', 'Texans',
  'Californians', 'Iowans', 'New Yorkers',
];

/**
 * Prepositions after which a state is the other party, never the home of a person named in the
 * sentence: "President Bush has threatened action against Russia", "talks with Iran".
 */
export const OTHER_PARTY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'against', 'with', 'to', 'from', 'toward', 'towards', 'into', 'versus', 'between', 'over', 'on',
]);

/**
 * Words before "US" in an all-capitals headline that make it the pronoun ("TOLD US", "LET US"),
 * not the United States ("US TRADE").
 */
export const US_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'let', 'told', 'tell', 'tells', 'give', 'gives', 'gave', 'help', 'helps', 'helped', 'join', 'joins', 'joined',
  'show', 'shows', 'showed', 'ask', 'asks', 'asked', 'call', 'calls', 'called', 'send', 'sent', 'take', 'took',
  'make', 'made', 'keep', 'kept', 'leave', 'left', 'all', 'of', 'for', 'with', 'about', 'among', 'like', 'us',
]);

/**
 * Capitalized words after a demonym that make one name of both (a sea, a sporting event, a
 * newspaper), where a demonym otherwise qualifies what follows ("Danish Web sites").
 */
export const DEMONYM_NAME_HEADS: ReadonlySet<string> = new Set([
  'ocean', 'sea', 'gulf', 'peninsula', 'subcontinent', 'desert', 'mountains', 'alps', 'riviera', 'strait', 'straits',
  'channel', 'basin', 'plateau', 'highlands', 'islands', 'archipelago', 'lakes', 'river', 'open', 'grand', 'cup',
  'revolution', 'empire', 'quarter', 'airlines', 'airways', 'express', 'times', 'post', 'telegraph', 'herald',
  'journal', 'news', 'tribune', 'gazette', 'league', 'championship', 'masters', 'opera', 'ballet', 'orchestra',
]);

/** Words of a non-entity name that make it no person's name ("Lake Chad", "Georgia Tech"). */
export const NON_PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  'lake', 'delta', 'point', 'tech', 'city', 'state', 'county', 'sandwich', 'new', 'papua', 'equatorial',
]);

/** Nouns that, after "the", describe a state named just before ("the kingdom", "the Central Asian nation"). */
export const STATE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom', 'emirate', 'sultanate', 'republic']);
