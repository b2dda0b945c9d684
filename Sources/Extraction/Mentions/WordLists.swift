/// Closed word classes the patterns lean on. Kept in code: they are English grammar, not names,
/// and a user has no reason to change them (names and roles live in the lexicon files).
enum WordLists {
    /// Capitalized at the start of a sentence without being names.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "he", "she", "his", "her",
        "we", "our", "i", "you", "in", "on", "at", "for", "from", "with", "by", "after", "before", "since", "during",
        "while", "when", "as", "but", "and", "or", "however", "meanwhile", "instead", "also", "still", "yet", "so",
        "if", "although", "though", "despite", "following", "prior", "last", "next", "several", "some", "many",
        "most", "more", "both", "all", "each", "other", "another", "such", "there", "here", "what", "which", "who",
        "how", "why", "where", "one", "two", "three", "four", "five", "ten", "dozens", "hundreds", "thousands",
        "no", "not", "nor", "under", "over", "about", "around", "between", "among", "into", "across", "according",
        "consequently", "nonetheless", "nevertheless", "moreover", "furthermore", "additionally", "thus", "then",
        "now", "today", "yesterday", "earlier", "later", "recently", "currently", "questions", "relations",
        "tensions", "military", "senior", "officials", "sources", "analysts", "critics", "supporters", "coup",
        "screenshot", "video", "exit", "read", "watch", "photo", "image", "file", "update", "updated", "breaking",
        "in summary", "summary", "instead", "again", "only", "even", "just", "much", "very", "up", "down", "out",
        "new", "former", "late", "early", "first", "second", "third", "final", "top", "key", "major", "main",
    ]

    /// Nouns for firms and agencies, after which a name is an organization's: "the nuclear
    /// corporation Rosatom", "its subsidiary Comilog".
    static let companyNouns: WordSet = ["company", "corporation", "firm", "conglomerate", "subsidiary", "operator", "agency", "regulator", "contractor", "giant", "producer", "miner"]

    /// Nouns for bodies that are neither firms nor states' organs, which type a name set off
    /// before them as an organization: "ACTED, a Paris-based aid organisation".
    static let nonprofitNouns: WordSet = ["organisation", "organization", "charity", "ngo", "foundation", "association", "nonprofit"]

    /// Nouns for news outlets, which type a name set off before them as media: "Lusa, the
    /// Portuguese news agency", "Kalak FM, a private radio station".
    static let mediaNouns: WordSet = ["broadcaster", "newspaper", "daily", "weekly", "tabloid", "magazine", "outlet", "website", "newswire", "newsletter", "radio", "television", "tv"]

    /// Months and days: capitalized, never entities.
    static let calendar: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Lower-case words that may join the capitalized parts of one name.
    static let nameConnectors: WordSet = ["of", "for", "de", "du", "des", "al", "el", "wal", "bin", "ibn", "la", "le", "van", "von", "da", "dos", "ag", "ould"]

    /// Nouns that make "<state adjective> N" mean the state's forces or government.
    static let forceNouns: WordSet = [
        "troops", "troop", "forces", "force", "soldiers", "soldier", "military", "army", "personnel", "trainers",
        "instructors", "mercenaries", "contingent", "servicemen", "service", "members", "units", "unit", "advisers",
        "advisors", "paratroopers", "marines", "commandos", "fighters", "deployment", "presence", "jets", "drones", "drone",
        "aircraft", "planes", "warplanes", "delegation", "officials", "official", "officers", "authorities", "government",
        "junta", "leaders", "rulers", "regime", "administration", "diplomats", "envoys", "side", "counterparts",
        "navy", "airmen", "staff", "defence", "defense", "security",
        // "ambushed a Malian convoy": a column on the move is the state's forces.
        "convoy", "convoys", "column", "columns", "patrol", "patrols",
    ]

    /// Nouns after a force noun that make it a modifier, not forces: "military base", "military aid".
    static let notForcesAfter: WordSet = ["base", "bases", "airbase", "installation", "installations", "facility", "facilities", "camp",
        "equipment", "hardware", "aid", "assistance", "cooperation", "ties", "relations", "agreement", "pact", "deal", "coup", "flights",
        "spending", "budget", "trainers", "instructors", "analyst", "analysts", "expert", "experts", "media"]

    /// Quantity words that make "of" part of the subject: "half of the US troops".
    static let quantities: WordSet = ["half", "most", "much", "parts", "swathes", "some", "many", "all", "none", "dozens", "scores", "tens", "hundreds", "thousands", "part", "majority", "rest", "number", "one", "two", "three", "each", "several", "few", "bulk", "remainder"]

    /// Common nouns that name a state's government when no state is named next to them.
    /// People under arms, whose owner acts through them: "its fighters", "instructors from
    /// Russia's Africa Corps", "rebels of the CSP". Narrower than ``forceNouns`` (no "government",
    /// "delegation", "presence").
    static let armedPeople: WordSet = ["troops", "forces", "soldiers", "fighters", "army", "units", "personnel", "instructors", "trainers",
                                           "advisers", "advisors", "mercenaries", "men", "militants", "jihadists", "rebels", "gunmen", "insurgents",
                                           "contingent", "garrison", "members"]

    /// Plural nouns for a state's or a body's officials: "the presidents of", "Leaders of the
    /// Sahel States Alliance met".
    static let officialPlurals: WordSet = ["presidents", "leaders", "heads", "ministers", "envoys", "delegations", "officials", "representatives"]

    static let governmentNouns: WordSet = ["junta", "government", "regime", "authorities", "rulers", "administration"]

    /// Prepositions after which a place name is a place, not an actor.
    static let locatives: WordSet = ["in", "at", "near", "into", "from", "to", "outside", "inside", "around", "across", "toward", "towards", "via", "through", "of"]

    /// Verbs of saying: a name before them is a speaker.
    static let speechVerbs: WordSet = ["said", "says", "told", "added", "stated", "noted", "warned", "argued", "explained", "insisted", "wrote", "tweeted", "announced", "confirmed", "denied", "claimed", "declared"]

    /// Nouns for settled places, which make a name set off by them a place: "Arlit, a mining
    /// town", "Nondin and Soro, two villages", "the Hodh Ech Chargui region".
    static let settlementNouns: WordSet = ["town", "towns", "village", "villages", "city", "cities", "commune", "communes", "locality", "settlement", "settlements",
                                               "hamlet", "oasis", "port", "suburb", "district", "neighbourhood", "neighborhood", "quarter", "peninsula",
                                               "stronghold", "bastion"]

    /// Nouns for a treaty named after the town where it was signed: "the Rome Statute", "the
    /// Pretoria agreement". (Wider than ``RelationFinder/treatyNouns``, what states sign.)
    static let townTreatyNouns: WordSet = ["statute", "treaty", "accord", "accords", "agreement", "agreements", "declaration", "protocol", "charter",
                                           "convention", "process", "pact", "communique", "communiqué", "peace"]

    /// Verbs for a place that hosts a post, and the posts: "N'Djamena hosted the headquarters of".
    static let postHostingVerbs: WordSet = ["hosted", "hosts", "host", "hosting", "housed", "houses", "housing"]
    /// Forms of "be" before a passive participle: "was taken by", "is held by".
    static let passiveBe: WordSet = ["was", "were", "been", "is", "are"]
    /// Copulas that may give a person a role ("he became a spokesman for …"), and so may follow
    /// the "he" of a clause as a verb does.
    static let roleCopulas: WordSet = ["is", "was", "became", "becomes", "remains", "remained"]

    static let hostedPosts: WordSet = ["headquarters", "base", "bases", "camp", "garrison", "hub", "command", "contingent", "troops"]

    /// Nouns for wider areas: a name before or set off by one is a region.
    static let areaNouns: WordSet = ["region", "regions", "province", "provinces", "prefecture", "department", "district", "districts", "county", "commune",
                                         "neighbourhood", "neighborhood", "area", "areas", "mountains", "forest", "park"]
    /// Verbs of leaving for a place: "left for Dakar", "departed for Bamako".
    static let departureVerbs: WordSet = ["left", "leave", "leaves", "leaving", "departed", "departs", "departing"]
    /// Area nouns in the plural, after a list of the areas' names: "the Kaiama and Baruten areas".
    static let pluralAreaNouns: WordSet = ["regions", "provinces", "districts", "areas", "states", "counties", "prefectures", "departments", "communes"]
    /// Nouns for a part of a town: a place so described lies in the town named after it.
    static let cityPartNouns: WordSet = ["district", "districts", "neighbourhood", "neighborhood", "suburb", "suburbs", "quarter", "township", "outskirts"]
    /// Honorifics that open a person's name: "Mr Lavrov", "Dr Tedros".
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sir", "dame"]
    /// Where in a place another lies: "Mali's northern Kidal region".
    static let compassWords: WordSet = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                                            "northeastern", "northwestern", "southeastern", "southwestern", "far", "remote", "centre", "center"]

    /// True when `token` may open a description set off after a place's name: "Arlit, a mining
    /// town", "Nondin and Soro, two villages".
    static func opensPlaceApposition(_ token: Token) -> Bool {
        token.kind == .number || ["a", "an", "the", "two", "three", "four", "several"].contains(token.key)
    }
}
