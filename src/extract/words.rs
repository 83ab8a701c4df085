//! Small closed word lists the rule-based name finder leans on: titles, connectors, organisation
//! and place head words, demonyms, and the common words that start sentences.
//!
//! Every list is matched against token keys (folded, letters and digits only, see
//! [`super::tokens`]), so entries here are lowercase ASCII without punctuation. The lists were
//! compiled by hand for dossier from general knowledge of English news style, except the
//! dictionary of lowercase English words, derived from Debian's word lists (`data/words.txt`).

use std::sync::OnceLock;

use crate::hash::Set;

/// Titles and honorifics that may stand before a name and are kept as the actor's `role`.
/// Multi-word titles are listed as space-separated keys and tried longest first.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "secretary of state", "secretary of defense", "secretary general", "attorney general",
    "vice president", "prime minister", "foreign minister", "defense minister", "defence minister",
    "interior minister", "finance minister", "oil minister", "information minister",
    "chief justice", "crown prince", "first lady", "supreme leader", "field marshal",
    "national security adviser", "lieutenant general", "major general", "brigadier general",
    "rear admiral", "vice admiral", "lt gen", "maj gen", "brig gen", "lt col", "house speaker",
    "interim president", "acting president", "president", "presidentelect", "vicepresident", "sen",
    "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "gen",
    "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt",
    "sergeant", "cpl", "corporal", "pvt", "adm", "admiral", "cmdr", "commander", "brig",
    "brigadier", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "rev", "reverend", "father",
    "pope", "king", "queen", "prince", "princess", "sheikh", "emir", "ayatollah", "ambassador",
    "minister", "chancellor", "secretary", "speaker", "mayor", "judge", "justice", "sir", "dame",
    "lord", "lady", "chairman", "chairwoman", "archbishop", "bishop", "cardinal", "deputy",
    "lawmaker", "officer", "comrade", "commissioner", "director", "dictator", "opposition leader",
    "treasurer", "premier", "councillor", "engr", "atty", "superintendent", "supt", "inspector", "detective",
    "constable", "sheriff", "coach", "chief", "ceo", "chairperson", "spokesperson", "spokesman",
    "spokeswoman", "minister of state", "foreign secretary", "home secretary", "health secretary",
    "warrant officer", "cr", "cllr", "madam", "madame", "councilor", "councilman", "councilwoman",
    "councilmember", "alderman", "associate professor", "assistant professor", "mp", "mla", "mlc",
    "mep", "msp", "mhk", "alhaji", "alhaja", "hajia", "pastor", "imam", "rabbi", "hon", "honourable",
    "honorable", "mallam", "datuk", "dato", "datin", "tan sri", "puan sri", "shri", "smt", "pandit",
    "adv", "advocate", "senior advocate", "corporator", "ustad", "fr", "councilmembers", "councillors",
    "councilors", "senators", "undersecretary", "shrimati", "haji", "hajjah", "encik", "puan",
    "tun", "tunku", "dona", "sra", "mama", "baba", "oba", "otunba", "datuk seri", "dato seri",
    "dato sri", "datuk sri",
];

/// Labels of a party's members written before their names ("Democrat Ann Lee", "Liberal
/// Democrat Bo Diaz").
#[rustfmt::skip]
pub const PARTY_LABELS: &[&str] = &[
    "democrat", "republican", "independent", "libertarian", "conservative", "liberal", "labour",
    "tory", "green", "socialist", "progressive",
];

/// Letters written after a person's name for a rank, office or honour ("KC", "MLA", "OBE").
#[rustfmt::skip]
pub const POSTNOMINALS: &[&str] = &[
    "kc", "qc", "sc", "san", "mp", "mla", "mlc", "mep", "msp", "mhk", "td", "mpp", "mha",
    "mna", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "jp", "esq", "oam", "ao", "ac",
];

/// Head words of job titles written before a name with their field in front ("Health
/// Secretary", "Chief Financial Officer", "Public Safety Minister"): the whole phrase is a role.
#[rustfmt::skip]
pub const ROLE_HEADS: &[&str] = &[
    "minister", "secretary", "officer", "executive", "director", "chairman", "chairwoman", "chair",
    "president", "spokesman", "spokeswoman", "spokesperson", "governor", "commissioner",
    "ambassador", "adviser", "advisor", "envoy", "chief", "leader", "coach", "manager", "founder",
    "ceo", "cfo", "mayor", "general", "admiral", "councillor", "councilman", "councilwoman",
    "superintendent", "supt", "inspector", "detective", "constable", "editor", "judge",
    "prosecutor", "attorney", "senator", "economist", "strategist", "analyst", "captain",
    "striker", "midfielder", "defender", "goalkeeper", "forward", "star", "champion", "mp", "mla",
    "mlc", "mep", "msp", "councilor", "collector", "undersecretary", "agent",
];

/// Nouns that describe a company in an apposition ("X, the world's largest salmon producer").
#[rustfmt::skip]
pub const COMPANY_NOUNS: &[&str] = &[
    "company", "producer", "maker", "firm", "group", "bank", "operator", "retailer", "carrier",
    "airline", "lender", "insurer", "manufacturer", "miner", "chain", "brand", "startup",
    "broadcaster", "newspaper", "publisher", "developer", "supplier", "exporter", "importer",
    "giant", "conglomerate", "automaker", "carmaker", "chipmaker", "drugmaker", "utility",
    "refiner", "distributor", "platform", "app", "charity", "nonprofit", "ngo", "union",
];

/// Adjectives that may stand between "in" and a place ("in nearby Barre").
#[rustfmt::skip]
pub const PLACE_ADJECTIVES: &[&str] = &[
    "nearby", "downtown", "central", "rural", "suburban", "coastal", "neighbouring",
    "neighboring", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
    "southeastern", "southwestern", "remote", "war-torn", "wartorn",
];

/// Lowercase particles that may sit inside a name ("Padrino de la Cruz"; Filipino "ng" and
/// "mga", Irish "na" in a body's name: "Conradh na Fíodóirí").
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "da", "do", "dos", "das", "van", "von", "der", "den", "bin",
    "ibn", "al", "di", "du", "le", "y", "ng", "mga", "na", "nan", "nam",
];

/// Words after which "of", "for" or "on" may continue an organisation or place name
/// ("Ministry of Defence", "Office of the Press Secretary", "Gulf of Mexico").
#[rustfmt::skip]
pub const OF_HEADS: &[&str] = &[
    "office", "ministry", "department", "bank", "university", "hospital", "prison", "clinic", "bureau", "institute", "council",
    "court", "courts", "government", "port", "house", "organization", "organisation", "federation", "union", "league",
    "association", "party", "church", "republic", "kingdom", "gulf", "bay", "cape", "sea", "museum",
    "school", "college", "centre", "center", "board", "commission", "committee", "chamber",
    "secretary", "assembly", "state", "states", "city", "isle", "coalition", "foundation",
    "alliance", "movement", "front", "army", "corps", "cartel", "people", "peoples", "embassy",
    "academy", "society", "agency", "authority", "command", "forces", "tribunal", "guard", "order",
    "fund", "administration", "service", "district", "province", "national", "faculty", "division",
    "centers", "centres", "friends", "regulator", "institution", "gallery", "company", "confederation",
    "brotherhood",
];

/// Last words that make a name an organisation ("National Assembly", "Human Rights Foundation").
#[rustfmt::skip]
pub const ORG_SUFFIXES: &[&str] = &[
    "university", "party", "assembly", "foundation", "court", "ministry", "council", "bank",
    "guard", "times", "post", "press", "agency", "institute", "institution", "company", "corp",
    "trust", "exchange", "plc", "ag", "gmbh", "nv", "ministries", "electronics", "motors",
    "technologies", "technology", "systems", "pharmaceuticals", "pharma", "capital", "ventures",
    "logistics", "telecom", "foods", "brands", "resources", "chemicals", "entertainment",
    "studios", "software", "labs", "semiconductor", "semiconductors", "automotive", "insurance",
    "securities", "investments", "properties", "airlines", "airways",
    "corporation", "inc", "ltd", "llc", "group", "network", "news", "committee", "commission",
    "department", "army", "navy", "force", "forces", "union", "organization", "organisation",
    "association", "senate", "congress", "parliament", "police", "service", "services", "office",
    "board", "fund", "journal", "tribune", "herald", "magazine", "review", "league", "movement",
    "front", "alliance", "church", "club", "federation", "airlines", "airways", "watch", "command",
    "corps", "cartel", "coalition", "bureau", "administration", "authority", "tribunal", "academy",
    "school", "college", "society", "television", "radio", "broadcasting", "telegraph", "gazette",
    "daily", "monitor", "chronicle", "observer", "express", "mail", "reporter", "insider",
    "examiner", "sun", "globe", "media", "holdings", "partners", "industries", "petroleum", "oil",
    "energy", "embassy", "cabinet", "government", "regime", "legislature", "assemblies", "brigade",
    "brigades", "battalion", "militia", "guards", "council", "center", "centre", "hospital",
    "prison", "fc", "confederation", "museum", "library", "observatory", "partnership",
    "cooperative", "consortium", "collective", "guild", "syndicate", "analytics", "consulting",
    "solutions", "chamber", "co", "ledger", "courier", "newswire", "wire", "mirror", "bulletin",
    "sentinel", "inquirer", "dispatch", "forum", "rescue", "regulator", "friends", "customs",
    "facility", "enterprise", "enterprises", "theatre", "theater", "survey", "gallery",
];

/// Last words that make a name a place ("Mexico City", "Orinoco River").
#[rustfmt::skip]
pub const PLACE_SUFFIXES: &[&str] = &[
    "city", "province", "river", "mountains", "mountain", "island", "islands", "valley", "square",
    "airport", "bridge", "lake", "bay", "gulf", "peninsula", "county", "district", "street",
    "avenue", "plaza", "park", "coast", "strait", "canal", "desert", "sea", "ocean", "heights",
    "hills", "beach", "port", "harbor", "harbour", "base", "palace", "state", "region",
    "highway", "road", "dam", "neighborhood", "neighbourhood", "refinery", "slum", "crossing",
    "checkpoint", "camp", "station", "mine", "township", "settlement", "oblast", "estate", "reef",
    "glacier", "volcano", "canyon", "falls", "delta", "basin", "archipelago", "fjord", "lagoon",
    "wetlands", "market", "reservoir", "point", "oval", "dock", "docks", "wharf", "quay", "pier",
    "stadium", "arena", "railway", "railroad", "causeway", "tunnel", "motorway", "expressway",
    "pueblo", "strand", "channel", "place", "floodway", "boulevard", "circle", "gardens",
    "creek", "enclave", "waterside", "drive", "highlands",
];

/// Words that never occur in a person's name but often in an organisation's ("Popular Will",
/// "Democratic Unity Roundtable", "Justice First").
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "popular", "unity", "democratic", "socialist", "national", "united", "revolutionary",
    "republic", "federal", "international", "central", "justice",  "liberty", "freedom",
    "human", "rights", "security", "intelligence", "affairs", "foreign", "public", "opposition",
    "armed", "military", "defense", "defence", "supreme", "constituent", "legislative", "electoral",
    "civil", "social", "economic", "development", "petroleum", "gas", "mining", "communications",
    "information", "investigation", "workers", "labor", "labour", "trade", "commerce", "roundtable",
    "bolivarian", "institute", "studies", "research", "global", "world", "solidarity",
    "progressive", "conservative", "liberal",  "communist", "patriotic", "action",
    "citizens", "citizen", "peace", "justicia", "nacional", "partido", "voluntad", "frente",
    "unidad", "fuerza", "fuerzas", "consejo", "tribunal", "supremo", "ministerio", "banco",
    "universidad", "instituto", "servicio", "management", "protection",
    // Bodies' first words in French, Spanish and Portuguese ("Médecins du Monde", "Ordem dos
    // Advogados"), which a particle would otherwise join like a person's name.
    "medecins", "medicos", "amigos", "ordem", "ordre", "asociacion", "associacao",
    "fundacion", "fundacao", "fondation", "federacion", "federacao", "confederacion",
    "sindicato", "syndicat", "comite", "comision", "comissao", "ministere", "secretaria",
    "institut", "universidade", "universite", "banque", "parti", "movimiento", "movimento",
    "mouvement", "sociedad", "sociedade", "societe", "colegio", "conseil", "conselho", "agencia",
    "agence", "observatorio", "observatoire", "colectivo", "coletivo", "collectif", "asamblea",
    "assembleia", "assemblee", "alianza", "alianca", "coordinadora", "defensoria",
    "procuraduria", "fiscalia", "policia", "ejercito", "exercito", "armee", "comunidad",
    "comunidade", "communaute", "ayuntamiento", "prefeitura", "mairie", "gobierno", "governo",
    "gouvernement", "chambre", "grupo", "groupe", "centro", "escuela", "escola",
    "ecole", "hopital", "oficina",
];

/// First words that make a name a place ("San Antonio del Táchira", "Fuerte Tiuna").
#[rustfmt::skip]
pub const PLACE_PREFIXES: &[&str] = &[
    "san", "santa", "santo", "puerto", "port", "ciudad", "villa", "fort", "fuerte", "mount", "mt",
    "lake", "cape", "isla", "rio", "playa", "cerro", "valle", "lago", "bahia", "punta", "sierra",
    "saint", "st", "parque", "barrio", "estado", "municipio", "nueva", "nuevo", "new", "la", "los", "las", "plaza", "avenida", "calle",
    "river", "lough", "loch",
];

/// Words of direction and extent that make a name with them a place: "North Pacific",
/// "Upper Marrowby", "Greater Dunport", "Nakuru South".
#[rustfmt::skip]
pub const PLACE_MODIFIERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "upper", "lower", "greater", "inner", "outer", "central", "far", "mid",
    "metro",
];

/// First words of named storms and other weather, which are events: "Cyclone Mora",
/// "Storm Ciarán".
#[rustfmt::skip]
pub const WEATHER_WORDS: &[&str] = &[
    "storm", "cyclone", "typhoon", "hurricane", "tropical", "tornado", "blizzard",
];

/// Lowercase words before "of X" that mark X as a place ("the city of Barquisimeto").
#[rustfmt::skip]
pub const PLACE_CUES: &[&str] = &[
    "city", "town", "state", "province", "region", "village", "port", "island", "municipality",
    "department", "capital", "border", "outskirts", "streets", "neighborhood", "district",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "suburbs", "suburb", "centre", "center",
    "forests", "coast", "shores", "hills", "mountains", "heart", "island", "islands", "mayor",
    "residents", "community", "ports", "villages", "towns", "communities", "inlets", "bays",
];

/// Words that, when a name contains them, make it an event, law or thing rather than an actor.
#[rustfmt::skip]
pub const THING_WORDS: &[&str] = &[
    "operation", "act", "law", "plan", "day", "war", "revolution", "agreement", "accord", "treaty",
    "constitution", "program", "programme", "project", "award", "prize", "cup", "games", "olympics",
    "doctrine", "protocol", "summit", "conference", "festival", "declaration", "resolution", "bill",
    "amendment", "initiative", "trilogy", "series", "edition", "premium", "member", "members",
    "vip", "video", "videos", "podcast", "newsletter", "crisis", "election", "elections", "coup",
    "spring", "century", "month", "week", "nino", "nina", "telescope", "shield", "trophy",
];

/// Capitalised words that name no actor: platforms used as media, religious and calendar words.
#[rustfmt::skip]
pub const NOT_ACTORS: &[&str] = &[
    "twitter", "tweet", "tweets", "facebook", "youtube", "instagram", "whatsapp", "telegram",
    "tiktok", "reddit", "linkedin", "pinterest", "google", "internet", "web", "god", "allah",
    "jesus", "christmas", "easter", "ramadan", "christian", "christians", "catholic", "catholics",
    "muslim", "muslims", "jewish", "jews", "socialist", "socialists", "socialism", "communist",
    "communists", "communism", "marxist", "marxists", "capitalism", "chavista", "chavistas",
    "chavismo", "left", "right", "west", "east", "north", "south", "ok", "okay", "yes", "no", "mr",
    "mrs", "ms", "am", "pm", "et", "est", "edt", "utc", "gmt", "tv", "ceo", "gdp", "vip", "imho",
    "lol", "ii", "iii", "iv", "faq", "pdf", "usd", "eur", "covid", "op", "ed", "oped", "q", "a", "i",
    "ai", "ev", "evs", "ipo", "cfo", "coo", "cto", "hiv", "aids", "dna", "lgbt", "lgbtq", "bst",
    "cet", "cest", "ist", "jst", "aest", "aedt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et",
    "pt", "ct", "wib", "sast", "hkt", "kst", "msk", "brt", "rd", "qa",
    // Initialisms of common nouns: things, conditions and measures, no one's name.
    "cctv", "cbd", "eps", "gps", "atm", "atms", "suv", "suvs", "icu", "mri", "ptsd", "adhd",
    "copd", "mnd", "als", "ppe", "api", "url", "cve", "ci", "pe", "etf", "etfs", "ebitda", "yoy",
    "sme", "smes", "html", "css", "sql", "usb", "cpu", "gpu", "vat", "gst",
];

/// Months and weekdays (full and abbreviated): never actors, and the backbone of date parsing.
#[rustfmt::skip]
pub const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
];

/// Adjectives of nationality and region, which are not actors ("Venezuelan President …").
#[rustfmt::skip]
pub const DEMONYMS: &[&str] = &[
    "american", "americans", "venezuelan", "venezuelans", "colombian", "colombians", "brazilian",
    "brazilians", "cuban", "cubans", "russian", "russians", "chinese", "mexican", "mexicans",
    "peruvian", "peruvians", "chilean", "argentine", "argentinian", "ecuadorian", "bolivian",
    "paraguayan", "uruguayan", "panamanian", "nicaraguan", "honduran", "guatemalan", "salvadoran",
    "dominican", "haitian", "jamaican", "canadian", "canadians", "british", "english", "scottish",
    "irish", "welsh", "french", "german", "germans", "italian", "spanish", "portuguese", "dutch",
    "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish", "polish", "czech",
    "hungarian", "greek", "turkish", "ukrainian", "ukrainians", "belarusian", "iranian", "iranians",
    "iraqi", "iraqis", "syrian", "syrians", "israeli", "israelis", "palestinian", "palestinians",
    "saudi", "saudis", "egyptian", "lebanese", "jordanian", "afghan", "pakistani", "indian",
    "indians", "japanese", "korean", "koreans", "vietnamese", "filipino", "indonesian", "philippine", "thai",
    "australian", "african", "africans", "nigerian", "sudanese", "ethiopian", "kenyan", "european",
    "europeans", "asian", "latin", "hispanic", "latino", "latinos", "arab", "arabs", "western",
    "eastern", "northern", "southern", "soviet", "bolivarian", "caribbean", "andean",
    "latinamerican", "southamerican", "northamerican", "centralamerican", "spaniard", "spaniards",
    "brit", "brits", "yankee",
];

/// Words that start sentences (or headlines) capitalised but are never the start of a name.
#[rustfmt::skip]
pub const COMMON: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "him", "them", "us",
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "if", "in", "on", "at",
    "by", "for", "from", "to", "of", "with", "without", "within", "into", "onto", "about", "above",
    "after", "before", "below", "between", "beyond", "during", "despite", "since", "until",
    "unlike", "like", "among", "amid", "against", "along", "across", "around", "as", "and", "but",
    "or", "nor", "so", "yet", "because", "although", "though", "while", "whether", "unless", "once",
    "then", "than", "also", "still", "even", "just", "only", "yet", "meanwhile", "however",
    "moreover", "furthermore", "therefore", "thus", "instead", "indeed", "perhaps", "maybe", "now",
    "today", "tonight", "yesterday", "tomorrow", "overnight", "finally", "first", "second", "third",
    "last", "next", "later", "earlier", "soon", "already", "all", "any", "some", "many", "much",
    "more", "most", "few", "several", "each", "every", "both", "either", "neither", "no", "not",
    "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
    "hundreds", "thousands", "millions", "other", "others", "another", "such", "same", "own", "is",
    "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "let", "lets",
    "according", "after", "under", "over", "through", "throughout", "toward", "towards", "upon",
    "via", "per", "again", "always", "never", "often", "sometimes", "usually", "well", "yes", "no",
    "oh", "thanks", "please", "sure", "why", "where", "whatever", "whoever", "everyone",
    "everybody", "someone", "somebody", "anyone", "nobody", "nothing", "something", "everything",
    "anything", "editor", "editors", "note", "update", "updated", "breaking", "exclusive", "watch",
    "read", "see", "listen", "photo", "photos", "video", "image", "source", "sources", "officials",
    "critics", "supporters", "protesters", "residents", "analysts", "experts", "troops", "soldiers",
    "people", "former", "late", "acting", "current", "interim", "senior", "junior", "leader",
    "leaders", "member", "members", "what's", "thats", "its", "theres", "heres", "whats", "dont",
    "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "hes", "shes", "theyre",
    "were", "youre", "ive", "im", "id", "ill", "youll", "theyll", "weve", "theyve", "lets", "mr",
    "mrs", "ms", "born", "meet",
];

/// Nouns that, right after a one-word name, show it is a leader's surname ("the Trump
/// administration", "the Maduro regime").
#[rustfmt::skip]
pub const LEADER_NOUNS: &[&str] = &[
    "administration", "regime", "loyalists", "presidency", "cabinet", "aides", "supporters",
];

/// Verbs that, right after a name, show it is a person speaking or acting as one.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "wrote", "writes", "tweeted", "argued", "argues",
    "noted", "explained", "insisted", "claimed", "claims", "asked", "stated", "recalled", "warned",
    "urged", "replied", "responded", "denied", "admitted", "testified", "vowed", "declared",
    "thinks", "believes", "believed", "acknowledged", "contends",
];

/// "Hydrologist", "Economist", "Paediatrician", "Photographer": a word whose ending makes it a
/// job or a specialist, never a given name. Short "-ist" words are left out ("Feist").
pub fn is_job_by_ending(key: &str) -> bool {
    ["ologist", "ographer", "ician", "ologue"]
        .iter()
        .any(|e| key.ends_with(e))
        || (key.len() >= 7 && key.ends_with("ist") && !key.ends_with("christ"))
}

/// English words only ever written in lowercase, one a line, derived from Debian's word lists by
/// `data/derive_words.py`.
const DICTIONARY: &str = include_str!("data/words.txt");

/// Whether `key` is an ordinary English word that is never a name ("solicitor", "families"):
/// capitalised, it is only a sentence's first word or part of an organisation's name. Words
/// that are names too ("mark", "bush") are not on the list.
pub fn is_dictionary(key: &str) -> bool {
    static SET: OnceLock<Set<&'static str>> = OnceLock::new();
    SET.get_or_init(|| DICTIONARY.lines().filter(|l| !l.starts_with('#')).collect())
        .contains(key)
}

/// An ordinary English word as written: "Lâm" and "Đức" are names, though "lam" and "duc"
/// are English words once the accents are folded away.
pub fn is_english(text: &str, key: &str) -> bool {
    text.is_ascii() && is_dictionary(key)
}

/// Defines a membership test over one list, hashed once on first use (with foldhash: SipHash
/// took 3% of extraction): the finder asks these questions for every capitalised word of every
/// article.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $list:ident) => {
        $(#[$doc])*
        pub fn $name(key: &str) -> bool {
            static SET: OnceLock<Set<&'static str>> = OnceLock::new();
            SET.get_or_init(|| $list.iter().copied().collect()).contains(key)
        }
    };
}

word_set!(
    /// A title word or phrase key.
    is_title, TITLES
);
word_set!(
    /// A party label worn before a member's name.
    is_party_label, PARTY_LABELS
);
word_set!(
    /// Letters after a name for a rank or honour.
    is_postnominal, POSTNOMINALS
);
word_set!(
    /// A name particle ("de", "van").
    is_particle, PARTICLES
);
word_set!(
    /// The head word of a job title with a field in front.
    is_role_head, ROLE_HEADS
);
word_set!(
    /// A noun describing a company.
    is_company_noun, COMPANY_NOUNS
);
word_set!(
    /// An adjective between "in" and a place.
    is_place_adjective, PLACE_ADJECTIVES
);
word_set!(
    /// A word after which "of"/"for" may continue a name.
    is_of_head, OF_HEADS
);
word_set!(
    /// An organisation head word.
    is_org_suffix, ORG_SUFFIXES
);
word_set!(
    /// A word of direction or extent that makes a name a place.
    is_place_modifier, PLACE_MODIFIERS
);
word_set!(
    /// A first word of a named storm.
    is_weather_word, WEATHER_WORDS
);
word_set!(
    /// A place head word.
    is_place_suffix, PLACE_SUFFIXES
);
word_set!(
    /// A word found in organisation names, never in people's.
    is_org_word, ORG_WORDS
);
word_set!(
    /// A first word of place names.
    is_place_prefix, PLACE_PREFIXES
);
word_set!(
    /// A cue before "of X" that X is a place.
    is_place_cue, PLACE_CUES
);
word_set!(
    /// A word marking events, laws and things.
    is_thing_word, THING_WORDS
);
word_set!(
    /// A capitalised word that names no actor.
    is_not_actor, NOT_ACTORS
);
word_set!(
    /// A month or weekday.
    is_calendar, CALENDAR
);
word_set!(
    /// A nationality adjective.
    is_demonym, DEMONYMS
);
word_set!(
    /// A common word that starts sentences.
    is_common, COMMON
);
word_set!(
    /// A noun marking the word before it as a leader's surname.
    is_leader_noun, LEADER_NOUNS
);
word_set!(
    /// A verb of speech after a person's name.
    is_speech_verb, SPEECH_VERBS
);
