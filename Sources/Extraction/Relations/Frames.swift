import NewsGraph

/// A trigger word and how its arguments stand around it.
///
/// Frames are constrained by the argument types of ONTOLOGY.md: a shallow pattern that finds a
/// subject and an object is only believed when their types fit the relation.
///
/// A class: frames are constant, and the rules pass them around for every trigger they meet;
/// a reference costs one retain where a copy of the struct cost one per word list.
final class Frame: Sendable {
    enum Voice: Sendable {
        /// Subject before the trigger, object after it: "Russia deployed troops to Niger".
        case active
        /// A noun: "the withdrawal of US forces from Niger", "Russia's invasion of Ukraine".
        case noun
    }

    let relation: RelationType
    let triggers: WordSet
    /// Words that must introduce the object ("" for a direct object).
    let objectMarkers: WordSet
    let subjectTypes: EntityTypes
    let objectTypes: EntityTypes
    let voice: Voice
    /// For nouns: the marker that introduces the agent ("of" for "withdrawal of X"), if any.
    let agentMarker: String?
    /// ``agentMarker`` as a list, for ``RelationFinder/objects(after:clause:types:markers:excluding:in:)``.
    let agentMarkers: WordSet
    let name: String
    /// Words one of which must stand just before the trigger ("took" in "took control of").
    let precededBy: WordSet?
    /// Words one of which must stand just after the trigger ("out" in "drove out of Gao").
    let followedBy: WordSet?
    /// A word that must close the phrase, after the object ("out" in "pushed French troops out").
    let closedBy: String?
    /// False for a participle after "is" that is no passive: "is expected in Ouagadougou".
    let readsPassive: Bool
    /// For nouns: true when, in noun use ("the withdrawal", "Russia's deployment"), this frame
    /// reads the trigger instead of the verb frames. False where it only adds to them: "killed 20
    /// soldiers in an attack on a post near Djibo" is the verb frame's, through the clause's subject.
    let replacesVerbInNounUse: Bool

    init(relation: RelationType, triggers: WordSet, objectMarkers: WordSet, subjectTypes: EntityTypes, objectTypes: EntityTypes,
         voice: Voice, agentMarker: String?, name: String, precededBy: WordSet? = nil, followedBy: WordSet? = nil,
         closedBy: String? = nil, readsPassive: Bool = true, replacesVerbInNounUse: Bool = true) {
        self.relation = relation
        self.triggers = triggers
        self.objectMarkers = objectMarkers
        self.subjectTypes = subjectTypes
        self.objectTypes = objectTypes
        self.voice = voice
        self.agentMarker = agentMarker
        self.agentMarkers = WordSet(agentMarker.map { [$0] } ?? [])
        self.name = name
        self.precededBy = precededBy
        self.followedBy = followedBy
        self.closedBy = closedBy
        self.readsPassive = readsPassive
        self.replacesVerbInNounUse = replacesVerbInNounUse
    }
}

enum FrameTable {
    static let actors: EntityTypes = [.state, .militaryUnit, .armedGroup, .organization, .alliance, .person]
    static let forces: EntityTypes = [.state, .militaryUnit, .armedGroup]
    static let places: EntityTypes = [.state, .base, .city, .region]
    static let states: EntityTypes = [.state]
    /// "remain", "stay" in every form: a presence or a membership kept.
    static let stayVerbs: WordSet = verb("remain").union(verb("stay"))

    /// Verbs of pledging oneself ("pledged allegiance to", "swore loyalty to") and what is pledged.
    static let pledgeVerbs: WordSet = ["pledged", "pledges", "pledging", "swore", "sworn", "swears", "swearing"]
    static let allegianceNouns: WordSet = ["allegiance", "loyalty", "fealty"]

    /// Inflections of regular and listed irregular verbs.
    static func verb(_ base: String, _ irregular: String...) -> WordSet {
        var forms: Set<String> = [base]
        let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
        forms.insert(base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") ? base + "es" : (base.hasSuffix("y") && !base.hasSuffix("ay") && !base.hasSuffix("oy") ? String(base.dropLast()) + "ies" : base + "s"))
        forms.insert(base.hasSuffix("e") ? base + "d" : (base.hasSuffix("y") && !base.hasSuffix("ay") && !base.hasSuffix("oy") ? String(base.dropLast()) + "ied" : base + "ed"))
        forms.insert(stem + "ing")
        forms.formUnion(irregular)
        return WordSet(forms)
    }

    /// "take" and its forms, which seize power only with the word after them ("took power",
    /// "took over", "took control of").
    static let takeForms: WordSet = ["take", "takes", "taking", "took", "taken"]
    /// Verbs that drive someone out: "pushed the rebels out", "drove out the French troops".
    static let pushOutVerbs: WordSet = verb("push").union(verb("drive", "drove", "driven")).union(verb("chase")).union(["forced", "threw", "thrown"])

    static let frames: [Frame] = [
        // Nouns whose agent is a possessive or adjective before them and whose patient follows.
        Frame(relation: .invades, triggers: ["invasion"], objectMarkers: ["of"], subjectTypes: [.state, .person], objectTypes: states,
              voice: .noun, agentMarker: nil, name: "invasion-of"),
        Frame(relation: .supports, triggers: ["support", "backing", "aid", "assistance"], objectMarkers: ["for", "to"], subjectTypes: [.state, .alliance],
              objectTypes: [.state, .armedGroup], voice: .noun, agentMarker: nil, name: "support-for"),
        // "began air strikes in Sirte in support of the GNA's forces": the clause's subject backs them.
        Frame(relation: .supports, triggers: ["support"], objectMarkers: ["of"], subjectTypes: [.state, .alliance],
              objectTypes: [.state, .armedGroup, .organization], voice: .active, agentMarker: nil, name: "in-support-of", precededBy: ["in"], readsPassive: false),
        Frame(relation: .fights, triggers: ["fight", "war", "campaign", "battle", "offensive"], objectMarkers: ["against", "on"], subjectTypes: forces,
              objectTypes: [.armedGroup], voice: .noun, agentMarker: nil, name: "fight-against"),
        Frame(relation: .visits, triggers: ["visit", "trip"], objectMarkers: ["to"], subjectTypes: [.person, .state], objectTypes: [.state, .city],
              voice: .noun, agentMarker: "by", name: "visit-to"),
        // "carried out attacks in northern Togo and Benin", "an offensive on Bangui by the CPC":
        // the places struck, with the agent launching it, owning it or named after "by".
        Frame(relation: .attacks, triggers: ["attack", "attacks", "raid", "raids", "assault", "assaults", "strikes", "airstrikes", "bombing", "bombings"],
              objectMarkers: ["on", "against", "in", "inside"], subjectTypes: [.state, .armedGroup, .militaryUnit], objectTypes: [.state, .city, .base, .organization, .armedGroup],
              voice: .noun, agentMarker: "by", name: "attack-on", replacesVerbInNounUse: false),
        // An offensive: a group's "in" a country attacks it ("al-Shabaab opened its offensive in
        // Somalia"); a state's "in" another country is its forces sent there ("the French military
        // offensive in Mali"), and only "on" or "against" a state attacks it.
        Frame(relation: .attacks, triggers: ["offensive"], objectMarkers: ["on", "against", "in"], subjectTypes: [.armedGroup, .militaryUnit], objectTypes: [.state, .city, .base],
              voice: .noun, agentMarker: "by", name: "attack-on", replacesVerbInNounUse: false),
        Frame(relation: .attacks, triggers: ["offensive"], objectMarkers: ["on", "against"], subjectTypes: [.state], objectTypes: [.state, .city, .base],
              voice: .noun, agentMarker: "by", name: "attack-on", replacesVerbInNounUse: false),
        Frame(relation: .deployedTo, triggers: ["offensive"], objectMarkers: ["in"], subjectTypes: [.state], objectTypes: [.state],
              voice: .noun, agentMarker: "by", name: "offensive-in", replacesVerbInNounUse: false),
        // "the RSF pressed its siege of El Fasher", "JNIM laid siege to Djibo".
        Frame(relation: .attacks, triggers: ["siege", "sieges", "blockade", "blockades", "encirclement"], objectMarkers: ["of", "on", "to", "around"],
              subjectTypes: [.state, .armedGroup, .militaryUnit], objectTypes: [.state, .city, .base],
              voice: .noun, agentMarker: "by", name: "siege-of", replacesVerbInNounUse: false),
        // ("soldiers were rushed into Maiduguri", "troops airlifted to Goma".)
        Frame(relation: .deployedTo, triggers: verb("deploy").union(verb("send", "sent")).union(verb("dispatch")).union(["rushed", "airlifted"]),
              objectMarkers: ["to", "into", "in", "at", "across"], subjectTypes: forces, objectTypes: places, voice: .active, agentMarker: nil, name: "deploy-to"),
        Frame(relation: .deployedTo, triggers: verb("enter").union(verb("arrive")).union(verb("cross")).union(verb("land")).union(["moved", "move", "moves", "moving", "poured", "marched", "swept", "reached", "parachuted"]),
              objectMarkers: ["", "into", "in", "at", "to"], subjectTypes: forces, objectTypes: places, voice: .active, agentMarker: nil, name: "move-into"),
        // "special forces flew into Khartoum", "instructors were flown into Niamey": into a place
        // only ("flew its citizens to Djibouti" carries others).
        Frame(relation: .deployedTo, triggers: ["flew", "flown"], objectMarkers: ["into"], subjectTypes: forces, objectTypes: places,
              voice: .active, agentMarker: nil, name: "move-into", readsPassive: false),
        // "a column pushed up to Tinzaouaten", "M23 fighters walked into Goma": only into or to
        // a place ("Russia pushed Niger to …" is no move).
        Frame(relation: .deployedTo, triggers: ["pushed", "pushing", "walked", "rolled", "rolling", "advanced", "advancing"],
              objectMarkers: ["into", "to"], subjectTypes: forces, objectTypes: places, voice: .active, agentMarker: nil, name: "push-into", readsPassive: false),
        // "ordered the LNA to advance on Tripoli", "rebels marched on the capital": a force that
        // advances on a town attacks it.
        Frame(relation: .attacks, triggers: ["advance", "advances", "advanced", "advancing", "march", "marches", "marched", "marching"],
              objectMarkers: ["on"], subjectTypes: forces, objectTypes: [.city, .base], voice: .active, agentMarker: nil, name: "advance-on",
              followedBy: ["on"], readsPassive: false),
        // "German troops served in Mali for a decade": forces that serve in a state are deployed
        // there (a person who "served in Kidal" is no force; "has served as a hub for Russian
        // units in Mali" says nothing of the subject's forces: "in" or "with" a mission right after
        // the verb only).
        Frame(relation: .deployedTo, triggers: ["served", "serve", "serves", "serving"], objectMarkers: ["in"], subjectTypes: forces, objectTypes: states,
              voice: .active, agentMarker: nil, name: "serve-in", followedBy: ["in", "with"], readsPassive: false),
        Frame(relation: .deployedTo, triggers: ["arrival", "deployment", "deployments"],
              objectMarkers: ["in", "to", "at", "into"], subjectTypes: forces, objectTypes: places, voice: .noun, agentMarker: "of", name: "arrival-of"),
        // ("stationed near Gao": close by is there. "around" cannot mark an object: it reads as
        // "around 300 troops".)
        // (A mission too: "MONUSCO, whose peacekeepers are based in Bunia".)
        Frame(relation: .stationedAt, triggers: ["stationed", "based", "located", "remain", "remains", "remained", "present"],
              objectMarkers: ["at", "in", "on", "near"], subjectTypes: forces.union([.organization]), objectTypes: [.base, .city], voice: .active, agentMarker: nil, name: "stationed-at"),
        // "the task force, which brings together Nigeria, Niger and Chad and is headquartered in
        // N'Djamena": a force or group has headquarters, the states it is made of do not.
        Frame(relation: .stationedAt, triggers: ["headquarters", "headquartered"], objectMarkers: ["at", "in", "on", "near"], subjectTypes: [.militaryUnit, .armedGroup, .organization],
              objectTypes: [.base, .city], voice: .active, agentMarker: nil, name: "stationed-at"),
        // "troops housed at the airport", "hosted in Niamey"; not "Qatar hosted talks in Doha",
        // where the host is no force there.
        Frame(relation: .stationedAt, triggers: ["housed", "hosted"], objectMarkers: ["at", "in", "on"], subjectTypes: forces, objectTypes: [.base, .city],
              voice: .active, agentMarker: nil, name: "stationed-at", followedBy: ["at", "in", "on"]),
        // "Instructors of the Africa Corps are stationed in Mali and Burkina Faso", "a rebel group
        // based in Libya": the verb says stationed, in a state too.
        Frame(relation: .stationedAt, triggers: ["stationed", "based", "garrisoned"], objectMarkers: ["in"], subjectTypes: forces, objectTypes: states,
              voice: .active, agentMarker: nil, name: "stationed-in-state"),
        // "Russia remains in Mali", "MONUSCO stayed in Goma": forces that stay where they are.
        Frame(relation: .stationedAt, triggers: stayVerbs, objectMarkers: ["in"],
              subjectTypes: forces.union([.organization]), objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "remain-in-place", readsPassive: false),
        Frame(relation: .stationedAt, triggers: verb("occupy").union(verb("use")).union(verb("operate")).union(["using", "occupying"]),
              objectMarkers: ["", "at", "out", "from", "in", "on"], subjectTypes: forces, objectTypes: [.base], voice: .active, agentMarker: nil, name: "operate-out-of"),
        // "Rwandan forces operate from Palma and Mocímboa da Praia": the towns they work out of.
        Frame(relation: .stationedAt, triggers: ["operated", "operates", "operating", "operate"], objectMarkers: ["from"], subjectTypes: forces,
              objectTypes: [.city], voice: .active, agentMarker: nil, name: "operate-from", readsPassive: false),
        // "The United States flies drones from Airbase 201", "French jets fly from Niamey": the
        // base a force's aircraft fly from is where it is.
        Frame(relation: .stationedAt, triggers: ["fly", "flies", "flew", "flown", "flying"], objectMarkers: ["from"], subjectTypes: forces,
              objectTypes: [.base, .city], voice: .active, agentMarker: nil, name: "fly-from", readsPassive: false),
        // "Wagner has operated in Mali since 2021", "JNIM, whose fighters operate in Burkina Faso":
        // a group present there (ONTOLOGY.md: `stationed_at` "is present at, operates out of").
        // A state's forces operating in another state are deployed there ("allowing US personnel
        // to operate in Niger").
        Frame(relation: .stationedAt, triggers: ["operated", "operates", "operating", "operate"], objectMarkers: ["in"], subjectTypes: [.militaryUnit, .armedGroup],
              objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "operate-in", readsPassive: false),
        // "JNIM and Islamic State Sahel Province are active in Tillabéri": a group present there.
        // ("AQIM's brigade, entrenched in the Chaambi mountains": dug in there.)
        Frame(relation: .stationedAt, triggers: ["active", "entrenched"], objectMarkers: ["in"], subjectTypes: [.militaryUnit, .armedGroup],
              objectTypes: [.state, .city, .region], voice: .active, agentMarker: nil, name: "active-in", followedBy: ["in"], readsPassive: false),
        Frame(relation: .deployedTo, triggers: ["operated", "operates", "operating", "operate"], objectMarkers: ["in"], subjectTypes: [.state],
              objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "operate-in", readsPassive: false),
        Frame(relation: .stationedAt, triggers: ["presence"], objectMarkers: ["at", "on"], subjectTypes: forces, objectTypes: [.base, .city],
              voice: .noun, agentMarker: "of", name: "presence-at"),
        Frame(relation: .deployedTo, triggers: ["presence", "present"], objectMarkers: ["in"], subjectTypes: forces, objectTypes: [.state, .city],
              voice: .noun, agentMarker: "of", name: "presence-in"),
        // ("the rebels took Bukavu": a town taken is captured; "took power", "took office" name no place.)
        // (A rival government too: "the GNA retook Tarhuna".)
        Frame(relation: .attacks, triggers: verb("recapture").union(verb("capture")).union(verb("seize")).union(["retook", "retaken", "retake", "occupied", "overran", "overrun", "took", "taken"]),
              objectMarkers: [""], subjectTypes: forces.union([.organization]), objectTypes: [.city, .base, .region], voice: .active, agentMarker: nil, name: "capture"),
        // "Islamic State fighters took over Sirte" (not "took over from Wagner", a relief).
        Frame(relation: .attacks, triggers: ["over"], objectMarkers: [""], subjectTypes: forces.union([.organization]), objectTypes: [.city, .base, .region],
              voice: .active, agentMarker: nil, name: "take-over", precededBy: ["took", "take", "takes", "taken", "taking"]),
        // "Security forces patrolled the streets of Douala".
        Frame(relation: .stationedAt, triggers: ["patrol", "patrols", "patrolled", "patrolling"], objectMarkers: [""], subjectTypes: forces,
              objectTypes: [.city, .base, .region], voice: .active, agentMarker: nil, name: "patrol"),
        Frame(relation: .attacks, triggers: ["control"], objectMarkers: ["of"], subjectTypes: forces, objectTypes: [.city, .base, .region],
              voice: .active, agentMarker: nil, name: "take-control", precededBy: ["took", "take", "takes", "taken", "taking", "seized", "gained", "regained", "wrested", "retook", "retaken", "assumed"]),
        Frame(relation: .stationedAt, triggers: ["control", "controlled", "controls", "held", "holds", "holding"], objectMarkers: [""], subjectTypes: forces,
              objectTypes: [.city, .base, .region], voice: .active, agentMarker: nil, name: "hold"),
        // "the Houthis control much of Yemen": a state's part held, where a state held outright
        // is rarely a fact ("Mali holds lithium deposits").
        Frame(relation: .stationedAt, triggers: ["much", "most", "parts", "swathes", "half"], objectMarkers: ["of"], subjectTypes: forces,
              objectTypes: [.state, .region], voice: .active, agentMarker: nil, name: "hold-part",
              precededBy: ["control", "controlled", "controls", "held", "holds", "hold", "holding", "occupy", "occupies", "occupied"]),
        // "Kenyan units hold positions in Jubaland", "troops took up positions around Goma".
        Frame(relation: .stationedAt, triggers: ["positions"], objectMarkers: ["in", "around", "near", "at", "outside"], subjectTypes: forces,
              objectTypes: [.city, .base, .region], voice: .active, agentMarker: nil, name: "hold-positions",
              precededBy: ["hold", "holds", "held", "holding", "man", "mans", "manned", "maintain", "maintains", "maintained", "up"]),
        Frame(relation: .partOf, triggers: ["part"], objectMarkers: ["of"], subjectTypes: [.armedGroup, .organization, .militaryUnit],
              objectTypes: [.armedGroup, .organization, .militaryUnit, .alliance, .state], voice: .active, agentMarker: nil, name: "part-of"),
        Frame(relation: .relocatesTo, triggers: verb("relocate").union(["moved", "shifted", "transferred", "redeployed"]),
              objectMarkers: ["to"], subjectTypes: forces, objectTypes: places, voice: .active, agentMarker: nil, name: "relocate-to"),
        // "had pulled back to Nacala", "fell back to Gao": forces that fall back move there.
        Frame(relation: .relocatesTo, triggers: ["pulled", "pull", "pulls", "fell", "fall", "falls", "withdrew", "withdrawn", "withdraw", "retreated", "retreat"],
              objectMarkers: ["to"], subjectTypes: forces, objectTypes: places, voice: .active, agentMarker: nil, name: "pull-back-to", followedBy: ["back"], readsPassive: false),
        Frame(relation: .withdrawsFrom, triggers: verb("withdraw", "withdrew", "withdrawn").union(["pulled", "pull", "pulls", "pulling", "left", "leave", "leaves", "leaving", "departed", "exit", "exited", "quit"]),
              objectMarkers: ["", "from", "out"], subjectTypes: forces.union([.organization]), objectTypes: [.state, .base, .city], voice: .active, agentMarker: nil, name: "withdraw-from"),
        // "abandoned their positions in Gao", "vacated the base at Ouallam".
        Frame(relation: .withdrawsFrom, triggers: verb("abandon").union(verb("vacate")).union(verb("evacuate")),
              objectMarkers: ["", "in", "at"], subjectTypes: forces, objectTypes: [.state, .base, .city], voice: .active, agentMarker: nil, name: "abandon"),
        Frame(relation: .withdrawsFrom, triggers: verb("drive", "drove", "driven").union(verb("retreat")).union(verb("march")).union(["rolled", "flew", "moved", "headed"]),
              objectMarkers: ["out"], subjectTypes: forces, objectTypes: [.state, .base, .city], voice: .active, agentMarker: nil, name: "move-out-of",
              followedBy: ["out"]),
        // "Soldiers retreated from Kidal in disorder", "after retreating from Tripoli".
        Frame(relation: .withdrawsFrom, triggers: verb("retreat"), objectMarkers: ["from"], subjectTypes: forces, objectTypes: [.state, .base, .city],
              voice: .active, agentMarker: nil, name: "retreat-from", readsPassive: false),
        // "brought its troops home from Mali".
        Frame(relation: .withdrawsFrom, triggers: ["home"], objectMarkers: ["from"], subjectTypes: forces, objectTypes: [.state, .base, .city],
              voice: .active, agentMarker: nil, name: "bring-home", readsPassive: false),
        Frame(relation: .withdrawsFrom, triggers: ["withdrawal", "departure", "pullout", "exit", "disengagement"],
              objectMarkers: ["from", "of"], subjectTypes: forces, objectTypes: [.state, .base, .city], voice: .noun, agentMarker: "of", name: "withdrawal-of"),
        // "Mali, Burkina Faso and Niger ceased to be members of ECOWAS".
        Frame(relation: .leaves, triggers: ["ceased", "ceases"], objectMarkers: ["of", ""], subjectTypes: states, objectTypes: [.alliance, .organization],
              voice: .active, agentMarker: nil, name: "ceased-member"),
        // "Mali, Burkina Faso and Niger broke with ECOWAS" (with a state, a break is no departure;
        // the noun, "their break with the bloc", says too little of who).
        Frame(relation: .leaves, triggers: ["broke", "breaks", "breaking"], objectMarkers: ["with", "from"], subjectTypes: states, objectTypes: [.alliance],
              voice: .active, agentMarker: nil, name: "break-with-alliance"),
        Frame(relation: .leaves, triggers: ["withdrawal", "departure", "exit", "exits"], objectMarkers: ["from"], subjectTypes: states,
              objectTypes: [.alliance, .organization, .militaryUnit], voice: .noun, agentMarker: "of", name: "exit-from-alliance"),
        Frame(relation: .leaves, triggers: verb("withdraw", "withdrew", "withdrawn").union(["left", "leave", "leaves", "leaving", "quit", "quits", "quitting", "exited", "exit", "exits", "exiting", "withdrawal", "departure"]),
              objectMarkers: ["", "from"], subjectTypes: states, objectTypes: [.alliance, .organization], voice: .active, agentMarker: nil, name: "leave-alliance"),
        // "Niger has withdrawn from the MNJTF": a joint force left ("withdraw Operation Sabre" pulls a unit out instead).
        Frame(relation: .leaves, triggers: verb("withdraw", "withdrew", "withdrawn").union(["quit", "quits", "quitting"]), objectMarkers: ["from"], subjectTypes: states,
              objectTypes: [.militaryUnit], voice: .active, agentMarker: nil, name: "leave-joint-force"),
        // "until Mali walked out of it", "Niger pulled out of the G5 Sahel".
        // ("Niger was pulling out of the MNJTF": a joint force too.)
        Frame(relation: .leaves, triggers: ["walked", "walks", "walking", "pulled", "pulls", "pulling", "opted"], objectMarkers: ["out", "of"], subjectTypes: states,
              objectTypes: [.alliance, .organization, .militaryUnit], voice: .active, agentMarker: nil, name: "walk-out-of", followedBy: ["out"]),
        Frame(relation: .expels, triggers: verb("expel", "expelled", "expelling").union(["expulsion", "kicked", "ousted", "evicted", "banished"]),
              objectMarkers: ["", "of"], subjectTypes: states, objectTypes: forces.union([.person]), voice: .active, agentMarker: nil, name: "expel"),
        Frame(relation: .expels, triggers: pushOutVerbs.union(["kicked", "pushed"]),
              objectMarkers: [""], subjectTypes: states, objectTypes: [.state, .militaryUnit], voice: .active, agentMarker: nil, name: "push-out", closedBy: "out"),
        // "pushed out the French troops": the particle before the object.
        Frame(relation: .expels, triggers: pushOutVerbs.union(verb("kick")),
              objectMarkers: ["out"], subjectTypes: states, objectTypes: [.state, .militaryUnit, .organization, .alliance], voice: .active, agentMarker: nil, name: "push-out-direct", followedBy: ["out"]),
        // "drove Boko Haram out of Gamboru": an armed group driven out is fought, not expelled.
        // ("AMISOM drove al-Shabaab out of Afgoye", "the GNA's forces drove IS out of Sirte": any
        // force or rival government that drives a group out fights it.)
        Frame(relation: .fights, triggers: pushOutVerbs.union(["kicked", "pushed"]), objectMarkers: [""], subjectTypes: forces.union([.organization]), objectTypes: [.armedGroup],
              voice: .active, agentMarker: nil, name: "drive-out-group", closedBy: "out"),
        // ("called for the departure of", "called on France to withdraw"; not "militias called
        // Wazalendo" or "called Mali's move short-sighted".)
        Frame(relation: .demandsWithdrawalOf, triggers: ["call", "called", "calling", "calls"],
              objectMarkers: ["for", "on", "of"], subjectTypes: states, objectTypes: forces.union([.organization]), voice: .active, agentMarker: nil, name: "call-for-withdrawal",
              followedBy: ["for", "on"]),
        Frame(relation: .demandsWithdrawalOf, triggers: ["demand", "demanded", "demanding", "demands", "ordered", "order", "orders", "told", "asked", "urged", "terminate", "terminated", "revoked", "ended", "scrapped", "cancelled", "canceled", "denounced"],
              objectMarkers: ["", "of", "for", "that"], subjectTypes: states, objectTypes: forces.union([.organization]), voice: .active, agentMarker: nil, name: "demand-withdrawal"),
        Frame(relation: .memberOf, triggers: ["member", "members", "joined", "join", "joins", "joining", "created", "creating", "formed", "form", "forms", "forming", "founded", "founding", "established", "establishing", "launched"],
              objectMarkers: ["", "of"], subjectTypes: [.state, .person], objectTypes: [.alliance], voice: .active, agentMarker: nil, name: "member-of"),
        // "Ansar al-Sharia and allied brigades formed the Shura Council": groups that form a
        // coalition are its parts.
        Frame(relation: .partOf, triggers: ["formed", "form", "forms", "forming", "founded", "created", "merged"], objectMarkers: ["", "into"], subjectTypes: [.armedGroup, .militaryUnit],
              objectTypes: [.armedGroup], voice: .active, agentMarker: nil, name: "groups-form", readsPassive: false),
        // "Al-Mourabitoun rejoined AQIM": a group that joins another becomes part of it.
        Frame(relation: .partOf, triggers: ["joined", "join", "joins", "rejoined", "rejoin", "rejoins"], objectMarkers: [""], subjectTypes: [.armedGroup],
              objectTypes: [.armedGroup], voice: .active, agentMarker: nil, name: "group-joins", readsPassive: false),
        // "Brigadier X was serving with Operation Barkhane": one who serves with a force or a
        // mission belongs to it. (A state's soldiers serving with a UN mission: writers split.)
        Frame(relation: .memberOf, triggers: ["serving", "serves", "served"], objectMarkers: ["with"], subjectTypes: [.person],
              objectTypes: [.organization, .militaryUnit], voice: .active, agentMarker: nil, name: "serve-with", readsPassive: false),
        // "AQIM pledged allegiance to al-Qaeda", "the wing that swore loyalty to the Islamic State":
        // a group that pledges itself to another is part of it.
        Frame(relation: .partOf, triggers: pledgeVerbs, objectMarkers: ["to"], subjectTypes: [.armedGroup],
              objectTypes: [.armedGroup], voice: .active, agentMarker: nil, name: "pledge-allegiance", followedBy: allegianceNouns, readsPassive: false),
        // "Shekau pledged allegiance to the Islamic State": a leader who pledges joins its ranks.
        Frame(relation: .memberOf, triggers: pledgeVerbs, objectMarkers: ["to"], subjectTypes: [.person],
              objectTypes: [.armedGroup], voice: .active, agentMarker: nil, name: "person-pledges-allegiance", followedBy: allegianceNouns, readsPassive: false),
        // "Katiba Macina, which belongs to JNIM": a group that belongs to another is part of it.
        Frame(relation: .partOf, triggers: ["belong", "belongs", "belonged", "belonging"], objectMarkers: ["to"], subjectTypes: [.armedGroup, .militaryUnit],
              objectTypes: [.armedGroup, .militaryUnit], voice: .active, agentMarker: nil, name: "group-belongs-to"),
        // "Mali, Burkina Faso and Niger belong to the AES".
        Frame(relation: .memberOf, triggers: ["belong", "belongs", "belonged", "belonging"], objectMarkers: ["to"], subjectTypes: states, objectTypes: [.alliance],
              voice: .active, agentMarker: nil, name: "belong-to"),
        // "Togo has remained inside ECOWAS", "Senegal stays in the bloc": a state still in a body.
        Frame(relation: .memberOf, triggers: stayVerbs, objectMarkers: ["in", "inside", "within"],
              subjectTypes: states, objectTypes: [.alliance, .organization], voice: .active, agentMarker: nil, name: "remain-in", readsPassive: false),
        // "The juntas, which grouped themselves into the AES", "banded together in a confederation".
        Frame(relation: .memberOf, triggers: ["grouped", "regrouped", "banded", "united", "unite", "unites"], objectMarkers: ["into", "in", "as", "under", "within"],
              subjectTypes: states, objectTypes: [.alliance], voice: .active, agentMarker: nil, name: "group-into", readsPassive: false),
        Frame(relation: .alliedWith, triggers: ["allied"], objectMarkers: ["with", "to"],
              subjectTypes: states, objectTypes: states, voice: .active, agentMarker: nil, name: "ally"),
        Frame(relation: .cooperatesWith, triggers: verb("cooperate").union(verb("collaborate")).union(["partner", "partners", "partnered", "partnering", "cooperation", "collaboration", "partnership", "partnerships", "working"]),
              objectMarkers: ["with", "between", "in", "of", "to"], subjectTypes: states, objectTypes: states, voice: .active, agentMarker: nil, name: "cooperate-with"),
        // "a militia that had sided with the GNA": a force that takes another's side works with it.
        Frame(relation: .cooperatesWith, triggers: ["sided", "sides", "siding"], objectMarkers: ["with"], subjectTypes: forces.union([.organization]),
              objectTypes: forces.union([.organization]), voice: .active, agentMarker: nil, name: "sided-with", followedBy: ["with"], readsPassive: false),
        // "fought al-Qaeda side by side with the Malian army".
        Frame(relation: .cooperatesWith, triggers: ["side"], objectMarkers: ["with"], subjectTypes: forces, objectTypes: forces, voice: .active,
              agentMarker: nil, name: "side-by-side", precededBy: ["by"]),
        // "deepened ties with Russia", "turned to Moscow", "relied on Russian forces", "fought alongside Nigerien units".
        Frame(relation: .cooperatesWith, triggers: ["ties", "turned", "turning", "turn", "turns", "relied", "relies", "rely", "relying", "alongside"],
              objectMarkers: ["", "with", "to", "on"], subjectTypes: forces, objectTypes: forces, voice: .active, agentMarker: nil, name: "turn-to"),
        Frame(relation: .meets, triggers: verb("meet", "met").union(["phoned", "telephoned", "talks", "discussions", "negotiations", "meeting", "negotiated", "negotiating", "hosted", "received", "welcomed"]),
              // (Talks with an armed group too: "held talks with leaders of the MNLA".)
              objectMarkers: ["", "with", "between"], subjectTypes: [.person, .state], objectTypes: [.person, .state, .armedGroup], voice: .active, agentMarker: nil, name: "meet"),
        // "the talks Tiani held with Putin": "held" meets only with whom it is held ("held Tripoli",
        // "held Moscow responsible" are no meetings).
        Frame(relation: .meets, triggers: ["held"], objectMarkers: ["with", "between"], subjectTypes: [.person, .state], objectTypes: [.person, .state],
              voice: .active, agentMarker: nil, name: "meet"),
        // "spent hours with Jammeh at the State House".
        Frame(relation: .meets, triggers: ["spent", "spends"], objectMarkers: ["with"], subjectTypes: [.person, .state], objectTypes: [.person],
              voice: .active, agentMarker: nil, name: "spent-with", readsPassive: false),
        Frame(relation: .meets, triggers: ["spoke", "spoken", "speaks", "talked", "conferred"], objectMarkers: ["with", "to"],
              // ("talked by phone with X": "by" after the verb names the means, not an agent.)
              subjectTypes: [.person, .state], objectTypes: [.person, .state], voice: .active, agentMarker: nil, name: "spoke-with", readsPassive: false),
        Frame(relation: .visits, triggers: verb("visit").union(["visit", "visits", "trip", "trips", "travelled", "traveled", "delegation", "envoy", "toured", "tours", "touring"]),
              objectMarkers: ["", "to"], subjectTypes: [.person, .state], objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "visit"),
        // "toured Mali with stops in Timbuktu and Bamako": the towns stopped in are visited.
        Frame(relation: .visits, triggers: ["stops", "stop", "stopover", "stopovers"], objectMarkers: ["in", "at"], subjectTypes: [.person],
              objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "stops-in", followedBy: ["in", "at"], readsPassive: false),
        // "the president went to Addis Ababa", "Ruto came to Mogadishu in February".
        // ("was flown to Dakar", "had flown into Nairobi", "travels to Paris".)
        Frame(relation: .visits, triggers: ["went", "came", "goes", "comes", "headed", "flew", "fled", "flees", "flown", "flies", "flying", "travels", "travelling", "traveling"], objectMarkers: ["to", "into"],
              subjectTypes: [.person], objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "go-to", readsPassive: false),
        // "Déby had already been to Moscow".
        Frame(relation: .visits, triggers: ["been"], objectMarkers: ["to"], subjectTypes: [.person], objectTypes: [.state, .city],
              voice: .active, agentMarker: nil, name: "been-to", followedBy: ["to"], readsPassive: false),
        // "he was allowed to leave for Dakar", "the envoy departed for Bamako".
        Frame(relation: .visits, triggers: WordLists.departureVerbs.union(["set"]), objectMarkers: ["for"],
              subjectTypes: [.person], objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "leave-for", readsPassive: false),
        // "Macron arrived in Dakar", "the mediator is expected in Ouagadougou on Tuesday".
        Frame(relation: .visits, triggers: ["arrived", "arrives", "arriving", "landed", "lands", "expected"], objectMarkers: ["in", "at"],
              subjectTypes: [.person], objectTypes: [.state, .city], voice: .active, agentMarker: nil, name: "arrive-in", readsPassive: false),
        Frame(relation: .trains, triggers: verb("train").union(["training", "trainers", "instructors"]), objectMarkers: ["", "of"],
              subjectTypes: [.state, .militaryUnit], objectTypes: states, voice: .active, agentMarker: nil, name: "train"),
        Frame(relation: .supports, triggers: verb("support").union(verb("back")).union(verb("arm")).union(["aid", "assistance", "provided", "supplied", "supply", "supplying", "help", "helped", "weapons"]),
              objectMarkers: ["", "for", "to", "with"], subjectTypes: [.state, .person, .alliance], objectTypes: [.state, .armedGroup], voice: .active, agentMarker: nil, name: "support"),
        // "has delivered combat aircraft to Mali", "shipped weapons to Mogadishu": a state's
        // deliveries to another (not "delivered a speech attacking France").
        Frame(relation: .supports, triggers: ["delivered", "delivers", "delivering", "shipped"], objectMarkers: ["to"], subjectTypes: [.state, .alliance],
              objectTypes: [.state, .armedGroup], voice: .active, agentMarker: nil, name: "deliver-to", readsPassive: false),
        // ("The ICC has charged him with genocide": a charge brought is an accusation. A command
        // accuses too: "AFRICOM accused Russia of …". Not an armed group: most often it is named
        // inside the subject's own description, "Sudan's army, which has been fighting the RSF".)
        Frame(relation: .accuses, triggers: verb("accuse").union(["blamed", "blames", "accusation", "accusations", "charged", "indicted"]), objectMarkers: ["", "of"],
              subjectTypes: [.person, .state, .organization, .militaryUnit], objectTypes: [.person, .state, .organization, .alliance, .armedGroup, .militaryUnit], voice: .active, agentMarker: nil, name: "accuse"),
        Frame(relation: .attacks, triggers: verb("attack").union(verb("target")).union(verb("strike", "struck")).union(verb("bomb")).union(verb("ambush")).union(verb("besiege")).union(verb("blockade")).union(verb("shell")).union(verb("storm")).union(verb("raid")).union(verb("surround")).union(verb("encircle")).union(["raids", "airstrikes", "strikes", "killed", "kill", "killing", "overran", "overrun"]),
              // (A body too: "attacked MINUSMA", "stepped up their attacks on the UN mission".)
              // ("has struck inside Kenya": across a border.)
              objectMarkers: ["", "on", "against", "near", "inside"], subjectTypes: [.state, .armedGroup, .militaryUnit], objectTypes: [.armedGroup, .militaryUnit, .state, .city, .base, .region, .organization], voice: .active, agentMarker: nil, name: "attack"),
        // "raiding across the border into Cameroon": raids into a country attack it.
        Frame(relation: .attacks, triggers: verb("raid"), objectMarkers: ["into"], subjectTypes: [.armedGroup, .militaryUnit], objectTypes: [.state, .city, .region],
              voice: .active, agentMarker: nil, name: "raid-into", readsPassive: false),
        // "gunmen killed 15 villagers in Mera", "killed 28 soldiers at a post in Kpendjal": the
        // place where an armed group kills is attacked. (Not read passive: "were killed in Gao"
        // names no one. A state's forces killing somewhere are mostly fighting there.)
        Frame(relation: .attacks, triggers: ["killed", "kill", "kills", "killing", "massacred"], objectMarkers: ["in", "at"], subjectTypes: [.armedGroup],
              objectTypes: [.city, .base, .region], voice: .active, agentMarker: nil, name: "kill-in", readsPassive: false),
        // "fired rockets at Asmara", "opened fire on the convoy": at or on a target only ("fired the
        // minister" dismisses him).
        Frame(relation: .attacks, triggers: ["fired", "fires", "firing", "fire"], objectMarkers: ["at", "on"], subjectTypes: [.state, .armedGroup, .militaryUnit],
              objectTypes: [.armedGroup, .militaryUnit, .state, .city, .base, .region], voice: .active, agentMarker: nil, name: "fire-at"),
        Frame(relation: .fights, triggers: verb("fight", "fought").union(verb("battle")).union(verb("combat")).union(["clashed", "clash", "clashing", "clashes", "war", "counter", "countering", "contain", "containing"]),
              objectMarkers: ["", "against", "with"], subjectTypes: [.state, .militaryUnit, .armedGroup], objectTypes: [.armedGroup], voice: .active, agentMarker: nil, name: "fight"),
        // "the army repelled the rebels", "They were beaten back by the army and Rwandan troops":
        // forces that drive others off fight them.
        Frame(relation: .fights, triggers: ["repel", "repels", "repelled", "repelling", "repulse", "repulsed", "routed", "rout", "defeated", "defeat", "beaten"],
              objectMarkers: [""], subjectTypes: [.state, .militaryUnit, .armedGroup, .organization], objectTypes: [.armedGroup, .state, .militaryUnit], voice: .active, agentMarker: nil, name: "repel"),
        // "the RSF has been fighting Sudan's army": a group fighting a state's forces.
        Frame(relation: .fights, triggers: verb("fight", "fought").union(verb("battle")), objectMarkers: ["", "against"], subjectTypes: [.armedGroup],
              objectTypes: [.state, .militaryUnit], voice: .active, agentMarker: nil, name: "group-fights-state"),
        // "its air defences shot down a Malian drone".
        Frame(relation: .attacks, triggers: ["shot", "shoot", "shoots", "shooting", "downed"], objectMarkers: ["", "down"], subjectTypes: [.state, .armedGroup, .militaryUnit],
              objectTypes: [.state, .armedGroup, .militaryUnit], voice: .active, agentMarker: nil, name: "shoot-down"),
        // ("seized power in Mali"; not "seized the In Amenas gas plant in Algeria": a verb seizes
        // power only when "power" follows it.)
        Frame(relation: .seizedPowerIn, triggers: ["seized", "seize", "seizes", "seizing", "grabbed"], objectMarkers: ["in", "of", ""],
              subjectTypes: [.person, .organization], objectTypes: states, voice: .active, agentMarker: nil, name: "seize-power", followedBy: ["power"]),
        Frame(relation: .seizedPowerIn, triggers: ["seizure", "coup", "takeover"], objectMarkers: ["in", "of", ""],
              subjectTypes: [.person, .organization], objectTypes: states, voice: .active, agentMarker: nil, name: "seize-power"),
        // "had taken power in Mali", "took over in Niger": only with "power" or "over", as "took
        // Kidal" is a capture and "took refuge in the Nigerian embassy" no coup.
        Frame(relation: .seizedPowerIn, triggers: takeForms, objectMarkers: ["in", ""],
              subjectTypes: [.person, .organization], objectTypes: states, voice: .active, agentMarker: nil, name: "take-power", followedBy: ["power", "over"]),
        // "took control of the country".
        Frame(relation: .seizedPowerIn, triggers: takeForms, objectMarkers: ["of"],
              subjectTypes: [.person, .organization], objectTypes: states, voice: .active, agentMarker: nil, name: "control-of-state", followedBy: ["control"]),
        Frame(relation: .ousted, triggers: verb("oust").union(verb("topple")).union(verb("overthrow", "overthrew", "overthrown")).union(verb("depose")).union(["forced", "removed", "unseated"]),
              // (Rebels oust a ruler too: "overthrown by the Seleka rebels".)
              objectMarkers: [""], subjectTypes: [.person, .organization, .militaryUnit, .armedGroup], objectTypes: [.person], voice: .active, agentMarker: nil, name: "oust"),
        // "Traoré dismissed Prime Minister X": a leader who removes an office holder ousts him,
        // as ONTOLOGY.md's `ousted` has it ("removed from power"). A person's act only, and of a
        // person: "dismissed the claims", "a toll the army dismissed" name no one.
        Frame(relation: .ousted, triggers: verb("dismiss").union(verb("sack")), objectMarkers: [""], subjectTypes: [.person], objectTypes: [.person],
              voice: .active, agentMarker: nil, name: "dismiss", readsPassive: false),
        // "the guard detained President Bazoum": seizing a sitting president is the coup itself
        // (the finder keeps only objects titled president or prime minister).
        Frame(relation: .ousted, triggers: ["detained", "detaining", "arrested", "arresting", "captured", "seized"], objectMarkers: [""], subjectTypes: [.person, .organization, .militaryUnit],
              objectTypes: [.person], voice: .active, agentMarker: nil, name: "detain-president"),
        Frame(relation: .signsAgreementWith, triggers: ["agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "pacts", "treaty", "signed", "signs"],
              // (A state also signs with a company or an armed movement: "signed an agreement with
              // Rosatom", "signed a declaration of principles with the M23".)
              // (A leader signs for his state: ``RelationFinder/inferSigningStates()``.)
              objectMarkers: ["with", "between"], subjectTypes: states, objectTypes: states.union([.organization, .armedGroup, .person]), voice: .active, agentMarker: nil, name: "agreement-with"),
        // ("imposed travel bans on Djotodia", "blacklisted three officials".)
        Frame(relation: .sanctions, triggers: verb("sanction").union(verb("suspend")).union(["sanctions", "embargo", "suspension", "ban", "bans", "blacklisted", "blacklists"]), objectMarkers: ["", "on", "against"],
              // ("the US Treasury sanctioned X", "the AU Peace and Security Council suspended Sudan": a
              // body of a state or a bloc imposes them too.)
              subjectTypes: [.state, .alliance, .organization], objectTypes: [.state, .person], voice: .active, agentMarker: nil, name: "sanction"),
        // "the EU and the United States froze Gbagbo's assets", "froze the assets of X".
        Frame(relation: .sanctions, triggers: ["froze", "freeze", "freezes", "freezing", "frozen"], objectMarkers: ["", "of"],
              subjectTypes: [.state, .alliance, .organization], objectTypes: [.state, .person], voice: .active, agentMarker: nil, name: "freeze-assets",
              closedBy: "assets"),
        Frame(relation: .builds, triggers: verb("build", "built").union(verb("construct")), objectMarkers: [""],
              subjectTypes: states, objectTypes: [.base], voice: .active, agentMarker: nil, name: "build"),
        Frame(relation: .invades, triggers: verb("invade").union(["invasion"]), objectMarkers: ["", "of"],
              subjectTypes: [.state, .person], objectTypes: states, voice: .active, agentMarker: nil, name: "invade"),
        // "Goïta, who holds the rotating presidency of the AES".
        Frame(relation: .leads, triggers: ["presidency", "chairmanship", "helm"], objectMarkers: ["of"], subjectTypes: [.person],
              objectTypes: [.organization, .alliance, .state], voice: .active, agentMarker: nil, name: "holds-presidency",
              precededBy: ["rotating", "the", "its", "current"]),
        Frame(relation: .leads, triggers: verb("lead", "led").union(verb("head")).union(verb("command")).union(verb("rule")).union(verb("chair")).union(["ran", "runs", "run"]),
              objectMarkers: [""], subjectTypes: [.person], objectTypes: [.state, .organization, .militaryUnit, .alliance, .armedGroup], voice: .active, agentMarker: nil, name: "lead"),
    ]

    /// "ending years of German military presence in Niger": a presence ended is a departure,
    /// read in place of "presence-in" when an ending verb governs the noun.
    static let endedPresence = Frame(relation: .withdrawsFrom, triggers: ["presence"], objectMarkers: ["in"], subjectTypes: forces,
                                     objectTypes: [.state, .city, .base], voice: .noun, agentMarker: "of", name: "ended-presence")
    /// The move-into frame's landing verbs: landing at home is a return, not a move.
    static let landingVerbs: WordSet = verb("land")
    static let presenceEnders: WordSet = ["end", "ends", "ended", "ending", "close", "closed", "closing", "terminate", "terminated", "terminating", "concluded", "concluding"]

    /// Frames by trigger key.
    static let byTrigger: WordTable<[Frame]> = {
        var map: [String: [Frame]] = [:]
        for frame in frames { for t in frame.triggers { map[t, default: []].append(frame) } }
        return WordTable(map.map { ($0.key, $0.value) })
    }()
}
