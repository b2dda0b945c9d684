/// The word classes that the resolvers and the relation rules scan a document for.
///
/// Each token's cues are looked up once per document (one dictionary probe per token, right
/// after tokenizing), so that a rule scanning a sentence for its words tests a bit instead of
/// hashing the word again: with a dozen rules per sentence, the repeated hashing was a fifth of
/// extraction time.
struct Cue: OptionSet, Sendable {
    let rawValue: UInt64

    /// A trigger of some ``Frame`` (see ``FrameTable/byTrigger``).
    static let frameTrigger = Cue(rawValue: 1 << 0)
    /// "ally", "partner": "one of Russia's closest allies".
    static let ally = Cue(rawValue: 1 << 1)
    /// "led", "headed", "ruled" … before "by".
    static let passiveLeader = Cue(rawValue: 1 << 2)
    /// "ordered", "told" … before "to leave".
    static let order = Cue(rawValue: 1 << 3)
    /// "claimed", "carried" (out): an attack attributed.
    static let claim = Cue(rawValue: 1 << 4)
    /// "overseen (by)", "answers (to)", "under (the command of)".
    static let subordination = Cue(rawValue: 1 << 5)
    /// "stronghold", "bastion" …
    static let stronghold = Cue(rawValue: 1 << 6)
    /// Punctuation that ends a clause: `;` `—` `:` `(` `)`.
    static let clauseBoundary = Cue(rawValue: 1 << 7)
    /// A word ``Hedging`` reads: a negation, a modal, or "evidence", "clear", "unclear".
    static let hedge = Cue(rawValue: 1 << 8)
    /// A verb a leader does to a body, in any tense: "which he heads", "which she led".
    static let leaderVerb = Cue(rawValue: 1 << 9)

    /// "handed", "abandoned", "gave" (up) … a post given up (``RelationFinder/handoverVerbs``).
    static let handover = Cue(rawValue: 1 << 10)
    /// "attack", "aggression" (on): a pledge of mutual defence.
    static let aggression = Cue(rawValue: 1 << 11)

    /// A word ``NominalResolver`` starts from ("the base", "the junta", "its").
    static let nominal = Cue(rawValue: 1 << 12)
    /// A word ``GroupResolver`` starts from ("three", "both", "they").
    static let group = Cue(rawValue: 1 << 13)
    /// A head noun ``DefiniteDescriptionResolver`` resolves ("mission", "bloc").
    static let descriptionHead = Cue(rawValue: 1 << 14)

    /// "suspended", "suspension": a state suspended from a body.
    static let suspension = Cue(rawValue: 1 << 15)
    /// "groups", "comprises", "brings" (together): an alliance's members.
    static let composition = Cue(rawValue: 1 << 16)
    /// "bases", "camps", "headquarters": posts that place their owner.
    static let post = Cue(rawValue: 1 << 17)

    /// ``RelationFinder/determiners``: "the", "its", "about" ….
    static let determiner = Cue(rawValue: 1 << 18)
    /// ``RelationFinder/prepositions``.
    static let preposition = Cue(rawValue: 1 << 19)
    /// ``RelationFinder/modifiers``: "military", "northern" … before a name.
    static let modifier = Cue(rawValue: 1 << 20)
    /// ``RelationFinder/locationGlueWords``: words that may link a place to the place it is in.
    static let locationGlue = Cue(rawValue: 1 << 21)

    /// "mission", "operations", "presence": what forces end when they leave (``RelationFinder/missionNouns``).
    static let mission = Cue(rawValue: 1 << 22)
    /// "was", "were": a person's stay somewhere ("Hemedti was in Moscow").
    static let stay = Cue(rawValue: 1 << 23)
    /// "himself", "herself": "proclaimed himself head of …".
    static let reflexive = Cue(rawValue: 1 << 24)
    /// "against": whom forces fight.
    static let against = Cue(rawValue: 1 << 25)
    /// "keeps", "has", "maintains": forces kept somewhere (``RelationFinder/forceKeepers``).
    static let keeper = Cue(rawValue: 1 << 26)
    /// "subsidiary", "affiliate", "member": a body described as part or member of another.
    static let componentNoun = Cue(rawValue: 1 << 27)
    /// "war", "clashes": two sides fighting (``RelationFinder/warNouns``).
    static let war = Cue(rawValue: 1 << 28)
    /// "fight", "operate", "battling": forces in a fight (``RelationFinder/combatVerbs``).
    static let combat = Cue(rawValue: 1 << 29)
    /// "closed", "shut": a border or an airspace closed to a state (``RelationFinder/closingVerbs``).
    static let closing = Cue(rawValue: 1 << 30)
    /// "supply", "contribute" (troops): a state manning a force (``RelationFinder/contributionVerbs``).
    static let contribution = Cue(rawValue: 1 << 31)
    /// "accused", "blamed", "alleged": what follows "of" is charged, not asserted (``RelationFinder/accusationWords``).
    static let accusation = Cue(rawValue: 1 << 32)
    /// "suspended", "halted", "cut": aid or supplies withheld from a state (``RelationFinder/cutOffWords``).
    static let withholding = Cue(rawValue: 1 << 33)
    /// "junta", "coup", "rulers": words that tie a state to a junta (``NominalResolver/juntaWords``).
    static let juntaWord = Cue(rawValue: 1 << 34)
    /// "which", "whom": a relative pronoun that may stand for a verb's object.
    static let objectRelative = Cue(rawValue: 1 << 35)
    /// "named", "elected": an office given (``RelationFinder/appointmentVerbs``).
    static let appointment = Cue(rawValue: 1 << 36)
    /// "last": the last of a force leaving (``RelationFinder/findLastForcesLeaving``).
    static let last = Cue(rawValue: 1 << 37)
    /// "includes", "brings" (together): a body's parts (``RelationFinder/findOwnedComponents``).
    static let inclusion = Cue(rawValue: 1 << 38)
    /// "cooperation", "ties", "joint": cooperation shared (``RelationFinder/findSharedCooperation``).
    static let cooperation = Cue(rawValue: 1 << 39)
    /// "flag": a flag lowered (``RelationFinder/findLoweredFlags``).
    static let flag = Cue(rawValue: 1 << 40)
    /// "head": "at the head of" (``RelationFinder/findBodiesHeaded``).
    static let head = Cue(rawValue: 1 << 41)
    /// "enemies", "foes": a force's named enemies (``RelationFinder/findNamedEnemies``).
    static let foe = Cue(rawValue: 1 << 42)
    /// "hosted", "housed": a place hosting a post (``RelationFinder/findHostedPosts``).
    static let hosting = Cue(rawValue: 1 << 43)
    /// "replaced": one force taking another's place (``RelationFinder/replacementVerbs``).
    static let replacement = Cue(rawValue: 1 << 44)
    /// "town", "villages": a settlement noun (``WordLists/settlementNouns``).
    static let settlement = Cue(rawValue: 1 << 45)
    /// "belong", "belongs" (``RelationFinder/belongVerbs``).
    static let belonging = Cue(rawValue: 1 << 46)
    /// "where" (``RelationFinder/findWherePresence``).
    static let whereWord = Cue(rawValue: 1 << 47)
    /// "whose" (``RelationFinder/findWhoseLeaders``).
    static let whose = Cue(rawValue: 1 << 48)
    /// "them" (``RelationFinder/findPartitivePosts``).
    static let them = Cue(rawValue: 1 << 49)
    /// "persona" (``RelationFinder/findPersonaNonGrata``).
    static let persona = Cue(rawValue: 1 << 50)
    /// "leadership", "command", "helm" (``RelationFinder/findLeadershipTaken``).
    static let leadership = Cue(rawValue: 1 << 51)
    /// "his", "her" (``RelationFinder/findOwnForces``).
    static let personalPossessive = Cue(rawValue: 1 << 52)
    /// "hands" (``RelationFinder/findPlacesInHands``).
    static let hands = Cue(rawValue: 1 << 53)

    static let allyWords: WordSet = WordSet(["ally", "allies", "partner", "partners"]).union(RelationFinder.backerWords)
    static let aggressionWords: WordSet = ["attack", "aggression", "intervention"]
    static let passiveLeaderWords: WordSet = ["led", "headed", "commanded", "chaired", "ruled", "run", "governed", "overseen", "directed", "presided"]
    static let orderWords: WordSet = ["ordered", "orders", "order", "told", "tells", "instructed", "asked", "gave", "gives", "demanded", "demands"]
    static let claimWords: WordSet = ["claimed", "carried"]
    /// "overseen by", "controlled by" …
    static let subordinationByWords: WordSet = ["overseen", "controlled", "supervised", "commanded", "directed", "funded", "run"]
    /// "answers to", "reports to" …
    static let subordinationToWords: WordSet = ["answers", "answer", "answering", "answerable", "reports", "report", "reporting", "subordinate", "attached"]
    static let leaderVerbWords: WordSet = passiveLeaderWords.union(["heads", "leads", "commands", "chairs", "runs", "founded"])
    static let strongholdWords: WordSet = ["stronghold", "strongholds", "bastion", "fiefdom", "heartland", "hideout", "sanctuary"]
    static let clauseBoundaries: WordSet = [";", "\u{2014}", ":", "(", ")"]

    /// Every cue word with its classes (read through ``WordCodes``).
    static let wordTable: [String: Cue] = {
        var table: [String: Cue] = [:]
        func add(_ words: some Sequence<String>, _ cue: Cue) { for w in words { table[w, default: []].insert(cue) } }
        add(FrameTable.byTrigger.allKeys, .frameTrigger)
        add(allyWords, .ally)
        add(passiveLeaderWords, .passiveLeader)
        add(orderWords, .order)
        add(claimWords, .claim)
        add(subordinationByWords.union(subordinationToWords).union(["under"]), .subordination)
        add(leaderVerbWords, .leaderVerb)
        add(strongholdWords, .stronghold)
        add(RelationFinder.handoverVerbs, .handover)
        add(aggressionWords, .aggression)
        add(NominalResolver.cueWords, .nominal)
        add(GroupResolver.sizes.keys, .group)
        add(["they"], .group)
        add(DefiniteDescriptionResolver.nameHeads.union(DefiniteDescriptionResolver.allianceNouns), .descriptionHead)
        add(RelationFinder.suspensionWords, .suspension)
        add(RelationFinder.compositionWords, .composition)
        add(RelationFinder.postNouns, .post)
        add(RelationFinder.missionNouns, .mission)
        add(["was", "were"], .stay)
        add(["himself", "herself"], .reflexive)
        add(["against"], .against)
        add(RelationFinder.forceKeepers, .keeper)
        add(RelationFinder.describedParts.union(RelationFinder.memberNouns), .componentNoun)
        add(RelationFinder.warNouns, .war)
        add(RelationFinder.combatVerbs, .combat)
        add(RelationFinder.closingVerbs, .closing)
        add(RelationFinder.contributionVerbs, .contribution)
        add(RelationFinder.accusationWords, .accusation)
        add(RelationFinder.cutOffWords, .withholding)
        add(NominalResolver.juntaWords, .juntaWord)
        add(["which", "whom"], .objectRelative)
        add(RelationFinder.appointmentVerbs, .appointment)
        add(["last"], .last)
        add(RelationFinder.inclusionVerbs.union(RelationFinder.bringingVerbs).union(["include"]), .inclusion)
        add(RelationFinder.cooperationNouns.union(RelationFinder.jointWord), .cooperation)
        add(["flag"], .flag)
        add(["head"], .head)
        add(RelationFinder.foeNouns, .foe)
        add(WordLists.postHostingVerbs, .hosting)
        add(RelationFinder.replacementVerbs, .replacement)
        add(WordLists.settlementNouns, .settlement)
        add(RelationFinder.belongVerbs, .belonging)
        add(["where"], .whereWord)
        add(["whose"], .whose)
        add(["them"], .them)
        add(["persona"], .persona)
        add(RelationFinder.leadershipNouns, .leadership)
        add(RelationFinder.personalPossessives, .personalPossessive)
        add(["hands"], .hands)
        add(RelationFinder.determiners, .determiner)
        add(RelationFinder.prepositions, .preposition)
        add(RelationFinder.modifiers, .modifier)
        add(RelationFinder.locationGlueWords, .locationGlue)
        add(Hedging.negations.union(Hedging.modals).union(Hedging.dismissals).union(Hedging.allegations).union(["evidence", "clear", "unclear", "short"]), .hedge)
        return table
    }()

}

/// The mention covering each token, or nil: an array rather than a dictionary, because the
/// relation rules ask it for nearly every token they look at.
struct MentionIndex: Sendable {
    private var slots: [Int32]

    init(tokenCount: Int, mentions: [Mention]) {
        slots = Array(repeating: -1, count: tokenCount)
        for (m, mention) in mentions.enumerated() { for i in mention.range where i < tokenCount { slots[i] = Int32(m) } }
    }

    /// - Complexity: O(1); nil outside the document too.
    subscript(token: Int) -> Int? {
        guard token >= 0, token < slots.count, slots[token] >= 0 else { return nil }
        return Int(slots[token])
    }
}
