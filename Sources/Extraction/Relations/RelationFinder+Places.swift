import NewsGraph

/// Where things are: places inside places, forces in or at a place, posts, bases that host, strongholds.
extension RelationFinder {
    /// "Nouadhibou, Mauritania's northern port": a place noun within a few lower-case words
    /// after the possessive `m`.
    func namesPlaceAfterPossessive(_ m: Int) -> Bool {
        lowerCaseWords(afterPossessive: m, limit: 3).contains { Self.placeNouns.contains(tokens[$0]) }
    }

    /// "Air Base 101 in Niamey", "Airbase 201 in the city of Agadez", "Niger's capital Niamey",
    /// "Honolulu, Hawaii", "Niger is located in the Sahel", "the Sahel region of Africa".
    func findLocations(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        func contains(_ inner: EntityType, _ outer: EntityType) -> Bool {
            switch inner {
            case .base: return [.city, .state, .region].contains(outer)
            case .city: return [.state, .region].contains(outer)
            case .state: return outer == .region
            // "Mali's Mopti region", "the Kidal region of Mali".
            case .region: return outer == .region || outer == .state
            default: return false
            }
        }
        for (k, m) in ms.enumerated() where [.base, .city, .state, .region].contains(type(m)) && mentions[m].kind != .demonym && mentions[m].kind != .seat {
            // (Not the water a town stands beside: "on the shore of Lake Chad in Borno State".)
            if mentions[m].start >= sentence.lowerBound + 2, tokens[mentions[m].start - 1].key == "of", Self.shoreWords.contains(tokens[mentions[m].start - 2]) { continue }
            // Walk a chain of places linked by in/at/near/of/located with no verb between.
            var j = k + 1
            var previousEnd = mentions[m].end
            // Whether the possessive `m` was found to hold the place before, for a list of them.
            var holds = false
            while j < ms.count {
                let n = ms[j]
                // (Not a name inside the place's own phrase: "the three Sahel capitals".)
                if mentions[n].start < previousEnd { j += 1; continue }
                let gap = gap(previousEnd, mentions[n].start)
                // ("Air Base 201, which the United States built": a name after a relative pronoun
                // with no preposition between is its clause's subject, not where the place lies.)
                if let pronoun = gap.indices.last(where: { Self.relativePronouns.contains(tokens[$0]) }),
                   !((pronoun + 1)..<gap.endIndex).contains(where: { Self.wherePrepositions.contains(tokens[$0]) }) { break }
                // "Nigeria's north-western Sokoto and Kebbi states": the possessor holds each.
                if holds, contains(type(n), type(m)), !spansStates(n), !gap.isEmpty, gap.count <= 2, gap.allSatisfy({ $0.key == "and" || $0.text == "," }), !mentions[n].isPossessive {
                    emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "possessive-place", span: span(m, n))
                    previousEnd = mentions[n].end
                    j += 1
                    continue
                }
                // "Gossi, Menaka and Gao in northern Mali": places listed with m share its place.
                // (Not into a possessive: "Benin, Niger and Burkina Faso, and Benin's Pendjari park".)
                if type(n) == type(m), !gap.isEmpty, gap.count <= 2, gap.allSatisfy({ $0.key == "and" || $0.text == "," }), !mentions[m].isPossessive, !mentions[n].isPossessive {
                    previousEnd = mentions[n].end
                    j += 1
                    continue
                }
                // ("Kamboinsin, a military camp on the northern outskirts of Ouagadougou": an
                // apposition may run longer than plain glue.)
                // ("Air Base 101 near Niamey", "Air Base 201 outside the northern Nigerien city of Agadez".)
                // ("Sèmè-Kpodji on Benin's coast": on the shore the possessive owns.)
                let onShoreOf = gap.last?.key == "on" && mentions[n].isPossessive && mentions[n].end + 1 < sentence.upperBound
                    && Self.watersideHeads.contains(tokens[mentions[n].end + 1])
                // ("Kayes and other towns in western Mali": the place shares the other towns' place.)
                let andOthers = gap.count >= 4 && gap.first?.key == "and" && tokens[gap.startIndex + 1].key == "other"
                    && (WordLists.settlementNouns.contains(tokens[gap.startIndex + 2]) || Self.militaryPosts.contains(tokens[gap.startIndex + 2]))
                    && gap.dropFirst(3).indices.allSatisfy({ locationGlue($0) })
                guard (gap.count <= 8 && (gap.indices.allSatisfy({ locationGlue($0) }) || andOthers)) || (gap.count <= 11 && isPlaceApposition(gap)),
                      // ("Port Sudan on the Red Sea": "on" a sea, a river or a lake.)
                      gap.contains(where: { ["in", "at", "of", "located", ",", "near", "outside"].contains($0.key) || $0.kind == .possessive
                          || ($0.key == "on" && Self.watersideHeads.contains(tokens[mentions[n].end - 1])) }) || gap.isEmpty || onShoreOf else { break }
                if mentions[m].isPossessive {
                    // "Sudan's western Darfur region": the possessor holds the place, never the reverse.
                    // ("Nigeria's north-western Sokoto": a hyphened compass word too.)
                    if gap.count <= 4, gap.first?.kind == .possessive, gap.dropFirst().allSatisfy({ WordLists.compassWords.contains($0) || $0.text == "-" }), contains(type(n), type(m)), !spansStates(n) {
                        emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "possessive-place", span: span(m, n))
                        holds = true
                    }
                } else if contains(type(m), type(n)) || isCityPart(m, of: n, gap: gap), mentions[n].kind != .demonym, !(type(n) == .state && spansStates(m)),
                          // ("In N'Djamena, Chad's foreign minister said": a new phrase opens at the
                          // possessive, unless a place noun follows it.)
                          !(gap.count == 1 && gap.first?.text == "," && mentions[n].isPossessive && !namesPlaceAfterPossessive(n)) {
                    // "near X" and "next to X" place beside, not inside; so does "on the shore of X".
                    let onShore = gap.count >= 2 && gap.last?.key == "of" && Self.shoreWords.contains(gap[gap.endIndex - 2])
                    let beside = onShore ? "near" : gap.last(where: { ["in", "at", "near", "next", "of", ","].contains($0.key) })?.key
                    // (A base near a town is the town's: "Airbase 201 near Agadez".)
                    let baseByTown = type(m) == .base && type(n) == .city
                    if baseByTown || (beside != "near" && beside != "next" && !(gap.first?.key == "near" && type(n) == .base)) {
                        emit(mentions[m].entity, .locatedIn, mentions[n].entity, sentence: s, rule: "located-in", span: span(m, n))
                    }
                }
                previousEnd = mentions[n].end
                j += 1
            }
        }
        // "Goma, the lakeside capital of North Kivu province", "Bangui, the capital.": a city set
        // off as a capital lies in the place named, else in the state the lexicon makes it the capital of.
        for m in ms where type(m) == .city && mentions[m].kind == .name && mentions[m].end + 2 < sentence.upperBound
            && tokens[mentions[m].end].text == "," && tokens[mentions[m].end + 1].key == "the" {
            guard let capital = ((mentions[m].end + 2)..<min(sentence.upperBound, mentions[m].end + 5)).first(where: { tokens[$0].key == "capital" }),
                  ((mentions[m].end + 2)..<capital).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil }) else { continue }
            var j = capital + 1
            if j < sentence.upperBound, tokens[j].key == "of" {
                j = pastDeterminersAndModifiers(from: j + 1, limit: sentence.upperBound)
                if let n = mentionAt[j], mentions[n].start == j, [.state, .region].contains(type(n)), mentions[n].kind != .demonym {
                    emit(mentions[m].entity, .locatedIn, mentions[n].entity, sentence: s, rule: "capital-of", span: span(m, n))
                }
            } else if capital == mentions[m].end + 2, let entry = entities[mentions[m].entity].lexiconEntry, let stateEntry = lexicon.capitalOf[entry],
                      let state = stateNamed(lexicon.entries[stateEntry].name) {
                emit(mentions[m].entity, .locatedIn, state, sentence: s, rule: "capital-of", span: ordered(mentions[m].start, (capital + 1)))
            } else if tokens[(mentions[m].end + 2)..<capital].contains(where: { Self.regionalWords.contains($0) }), let region = regionOfCapital(m, sentence: s) {
                // "Kayes, the regional capital": the region of its name, else the last one named.
                emit(mentions[m].entity, .locatedIn, region, sentence: s, rule: "regional-capital", span: ordered(mentions[m].start, (capital + 1)))
            }
        }
        // "We begin in Mali, where five presidents flew into Bamako", "Ukraine, where his men took
        // the city of Bakhmut": a town named in a "where" clause set off after a state lies in it,
        // up to another state (unless the lexicon puts the town in another country).
        for m in ms where type(m) == .state && mentions[m].kind == .name && !mentions[m].isPossessive
            && mentions[m].end + 2 < sentence.upperBound && tokens[mentions[m].end].text == "," && tokens[mentions[m].end + 1].key == "where" {
            let state = entities[mentions[m].entity].lexiconEntry
            for n in ms where mentions[n].start > mentions[m].end + 1 {
                if type(n) == .state && mentions[n].entity != mentions[m].entity { break }
                guard [.city, .base].contains(type(n)), mentions[n].kind == .name else { continue }
                if let entry = entities[mentions[n].entity].lexiconEntry, let country = lexicon.entries[entry].country, lexicon.entryIndex(named: country) != state { continue }
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "where-clause", span: span(m, n))
            }
        }
        // "Yobe, whose capital is Damaturu", "Niger, whose capital, Niamey, …": the capital lies in
        // the place before.
        for m in ms where [.state, .region].contains(type(m)) && mentions[m].kind == .name {
            guard let afterCapital = tokenAfterWhoseCapital(following: mentions[m].end, in: sentence) else { continue }
            var j = afterCapital
            while j < min(sentence.upperBound, afterCapital + 3), mentionAt[j] == nil, ["is", "was", "remains", ",", "city", "the", "of"].contains(tokens[j].key) { j += 1 }
            guard let n = mentionAt[j], mentions[n].start == j, type(n) == .city, mentions[n].entity != mentions[m].entity else { continue }
            emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "whose-capital", span: span(m, n))
        }
        // "Adré, a Chadian town", "Ménaka, a remote Malian garrison town": the demonym's state.
        for m in ms where type(m) == .city && mentions[m].kind == .name && mentions[m].end + 3 < sentence.upperBound
            && tokens[mentions[m].end].text == "," && ["a", "an", "the"].contains(tokens[mentions[m].end + 1].key) {
            let from = mentions[m].end + 2
            guard let d = (from..<min(sentence.upperBound, from + 3)).first(where: { mentionAt[$0] != nil }), let demonym = mentionAt[d],
                  mentions[demonym].kind == .demonym, type(demonym) == .state,
                  (from..<d).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { continue }
            var j = mentions[demonym].end
            while j < min(sentence.upperBound, mentions[demonym].end + 3), tokens[j].kind == .word, !tokens[j].isCapitalized,
                  !WordLists.settlementNouns.contains(tokens[j]) { j += 1 }
            // (Not "Camp Geille, the main French base": a base's demonym names its owner.)
            guard j < sentence.upperBound, WordLists.settlementNouns.contains(tokens[j]),
                  j + 1 >= sentence.upperBound || tokens[j + 1].kind != .possessive else { continue }
            emit(mentions[m].entity, .locatedIn, mentions[demonym].entity, sentence: s, rule: "described-place", span: ordered(mentions[m].start, (j + 1)))
        }
        // "Niger's capital (city of) Niamey", "the Nigerian capital, Abuja": the city is in the state.
        for m in ms where (mentions[m].isPossessive || mentions[m].kind == .demonym) && type(m) == .state {
            // Past the possessive 's, if any: "Niger's capital", "the Algerian city of X".
            let afterName = mentions[m].end < sentence.upperBound && tokens[mentions[m].end].kind == .possessive ? mentions[m].end + 1 : mentions[m].end
            var i = afterName
            // ("a French military convoy in the town of Tera": past a noun the adjective qualified,
            // "in" opens another place.)
            var described = false
            while i < sentence.upperBound {
                if Self.capitalPhraseWords.contains(tokens[i]) || WordLists.compassWords.contains(tokens[i]) || WordLists.areaNouns.contains(tokens[i])
                    || (tokens[i].text == "-" && !tokens[i].spaceBefore) {
                    if described && tokens[i].key == "in" { break }
                } else if i - afterName < 4 && mentionAt[i] == nil && tokens[i].kind == .word && !tokens[i].isCapitalized && !isPreposition(i) {
                    // "Mozambique's gas-rich province of": a few describing words before the noun.
                    described = true
                } else {
                    break
                }
                i += 1
            }
            let areaOf = i > afterName + 1 && tokens[i - 1].key == "of" && WordLists.areaNouns.contains(tokens[i - 2])
            if let n = mentionAt[i], [.city, .base].contains(type(n)) || (areaOf && type(n) == .region), i > afterName,
               tokens[afterName..<i].contains(where: { $0.key == "capital" || WordLists.settlementNouns.contains($0) }) || areaOf {
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "capital-of", span: span(m, n))
                // "the western Malian towns of Kayes and Nioro du Sahel": each town of the list.
                if tokens[afterName..<i].contains(where: { ["towns", "cities"].contains($0.key) }) {
                    var current = n
                    for next in ms where mentions[next].start >= mentions[current].end {
                        let between = gap(mentions[current].end, mentions[next].start)
                        guard type(next) == .city, !between.isEmpty, between.count <= 2, between.allSatisfy({ $0.key == "and" || $0.text == "," }) else { break }
                        emit(mentions[next].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "capital-of", span: span(m, next))
                        current = next
                    }
                }
            } else if afterName < sentence.upperBound, tokens[afterName].key == "capital", let n = mentionAt[afterName], type(n) == .city {
                // "Mali's capital" standing for the capital named elsewhere.
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "capital-of", span: span(m, n))
            }
        }
        // "the Darfur city of Nyala", "the Red Sea port of Port Sudan": a region's name used as
        // the town's qualifier.
        for m in ms where type(m) == .region && mentions[m].kind == .name && !mentions[m].isPossessive && mentions[m].start > sentence.lowerBound
            && tokens[mentions[m].start - 1].key == "the" && mentions[m].end + 2 < sentence.upperBound {
            let noun = mentions[m].end
            guard Self.townOfNouns.contains(tokens[noun]), tokens[noun + 1].key == "of", let n = mentionAt[noun + 2], mentions[n].start == noun + 2,
                  [.city, .base].contains(type(n)), mentions[n].entity != mentions[m].entity else { continue }
            emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "region-town-of", span: span(m, n))
        }
    }

    /// True when mention `m` is a region that spans states ("Africa", "the Red Sea", "the
    /// Sahel"), which lies in none of them and holds no one's forces in particular.
    func spansStates(_ m: Int) -> Bool {
        guard type(m) == .region, let e = entities[mentions[m].entity].lexiconEntry, lexicon.entries[e].country == nil else { return false }
        return lexicon.entries[e].name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { Self.macroRegionWords.contains(String($0)) }
    }

    /// Nouns for a town named after "of": "the Darfur city of Nyala".
    static let townOfNouns: WordSet = ["city", "town", "port", "capital", "village", "oasis"]

    /// Words that make a capital a region's: "the regional capital", "the provincial capital".
    static let regionalWords: WordSet = ["regional", "provincial", "state", "district"]

    /// The region whose capital city mention `m` is said to be: the region named after the city
    /// ("Kayes" and the Kayes region), else the last region named before it in this sentence or
    /// the three before.
    func regionOfCapital(_ m: Int, sentence s: Int) -> Int? {
        let city = entities[mentions[m].entity].name
        if let named = entities.indices.first(where: { entities[$0].type == .region && entities[$0].mentions > 0 && entities[$0].name.hasPrefix(city + " ") }) {
            return named
        }
        // (A region inside a state: one the lexicon places in a country, or one it does not know;
        // not "the Sahel".)
        func isProvince(_ r: Int) -> Bool {
            type(r) == .region && mentions[r].kind != .demonym && mentions[r].end <= mentions[m].start
                && (entities[mentions[r].entity].lexiconEntry.map { lexicon.entries[$0].country != nil } ?? true)
        }
        for back in stride(from: s, through: max(0, s - 3), by: -1) {
            if let r = bySentence[back].last(where: isProvince) { return mentions[r].entity }
        }
        // (Further back, only the one region the report has named before: "in the Centre-Nord
        // region … on to Kaya, the regional capital".)
        var named: Int?
        for back in 0..<max(0, s - 3) {
            for r in bySentence[back] where isProvince(r) {
                if let n = named, n != mentions[r].entity { return nil }
                named = mentions[r].entity
            }
        }
        return named
    }

    /// Words of the names of regions wider than a state: continents, seas, deserts.
    static let macroRegionWords: Set<String> = ["Africa", "Sahel", "Sahara", "Maghreb", "Sea", "Ocean", "Gulf", "Strait", "Europe", "Asia", "America", "Americas",
                                                "Levant", "East", "Caribbean", "Arctic", "Antarctica", "Pacific", "Balkans", "Caucasus", "Scandinavia", "World",
                                                "Global", "West", "MENA", "Mediterranean", "Horn"]

    /// The token after ", whose capital" (or "region, whose capital") when it follows a place's
    /// name ending at `end`; nil otherwise.
    func tokenAfterWhoseCapital(following end: Int, in sentence: Range<Int>) -> Int? {
        let comma = end < sentence.upperBound && WordLists.areaNouns.contains(tokens[end]) ? end + 1 : end
        guard comma + 3 < sentence.upperBound, tokens[comma].text == ",", tokens[comma + 1].key == "whose", tokens[comma + 2].key == "capital" else { return nil }
        return comma + 3
    }

    /// True when the gap between places `m` and `n` makes `m` a part of the town `n`: "Ouakam, a
    /// seaside district of Dakar", "the Ouakam district of Dakar".
    func isCityPart(_ m: Int, of n: Int, gap: Slice<TokenList>) -> Bool {
        [.city, .region].contains(type(m)) && type(n) == .city && gap.contains { WordLists.cityPartNouns.contains($0) }
    }

    /// True when `gap` sets off a description of a place before the place it is in: ", a mining
    /// town in", ", two villages in", ", a seaside district of". The words before the place noun
    /// may be any modifiers; those after it must be location glue.
    func isPlaceApposition(_ gap: Slice<TokenList>) -> Bool {
        guard gap.count >= 4, gap.first?.text == ",", let opener = gap.dropFirst().first,
              WordLists.opensPlaceApposition(opener),
              // The last place noun before the preposition: "a besieged garrison town in".
              let preposition = gap.indices.first(where: { $0 > gap.startIndex + 1 && ["in", "of", "on", "at", "near"].contains(tokens[$0].key) }),
              let noun = (gap.startIndex..<preposition).last(where: { WordLists.settlementNouns.contains(tokens[$0]) || WordLists.areaNouns.contains(tokens[$0]) || Self.militaryPosts.contains(tokens[$0])
                  || Self.roleOfPlaceNouns.contains(tokens[$0]) || Self.holdingPlaceNouns.contains(tokens[$0]) || Self.describedPlaceNouns.contains(tokens[$0]) }),
              noun > gap.startIndex + 1, noun - gap.startIndex <= 7, noun + 1 < gap.endIndex else { return false }
        let modifiers = (gap.startIndex + 2)..<noun
        // ("Kidal, the rebels' stronghold in northern Mali": a possessive among them.)
        // ("El Fasher, the last army-held city in Darfur": a hyphened adjective.)
        guard modifiers.allSatisfy({ (tokens[$0].kind == .word || tokens[$0].kind == .possessive || (tokens[$0].text == "-" && !tokens[$0].spaceBefore))
                && !["and", "or", "which", "who", "that", "where"].contains(tokens[$0].key) }) else { return false }
        return ((noun + 1)..<gap.endIndex).allSatisfy { locationGlue($0) } && ["in", "of", "on", "at", "near"].contains(tokens[noun + 1].key)
    }

    /// Nouns that describe a place by what it is for: "Nioro du Sahel, a religious centre in
    /// Mali's north-west", "a trading hub on the Niger".
    static let roleOfPlaceNouns: WordSet = ["centre", "center", "hub", "crossroads", "gateway"]

    /// Nouns for a place by its lie of the land or its standing: "Jebel Marra, the mountain range
    /// in the heart of Darfur", "Puntland, a semi-autonomous state in Somalia's north-east".
    static let describedPlaceNouns: WordSet = ["range", "massif", "plateau", "valley", "hills", "highlands", "desert", "mountain", "lake", "island", "islands",
                                               "state", "territory"]

    /// Words for the waterside a place stands on ("a town on the shore of Lake Chad in Borno
    /// State"): the place lies beside the water, and what follows places the town, not the water.
    static let shoreWords: WordSet = ["shore", "shores", "bank", "banks"]

    /// Nouns for a place by who holds it or what lands there: "El Fasher, the army's last
    /// stronghold in Darfur", "Amdjarass, an airstrip in north-eastern Chad".
    static let holdingPlaceNouns: WordSet = ["stronghold", "strongholds", "bastion", "enclave", "airstrip", "airfield", "port", "harbour", "harbor"]

    /// True when token `i` may link a place to the place it is in: "Gao, in northern Mali".
    func locationGlue(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .possessive || t.text == "," { return true }
        // "north-eastern Chad": a compass word written with a hyphen.
        if t.text == "-", i > 0, i + 1 < tokens.count { return WordLists.compassWords.contains(tokens[i - 1]) && WordLists.compassWords.contains(tokens[i + 1]) }
        // "Chibok, in neighbouring Borno State": after "in" only ("Tillabéri, neighbouring Mali"
        // places nothing inside Mali).
        if ["neighbouring", "neighboring"].contains(t.key), i > 0, tokens[i - 1].key == "in" { return true }
        return t.kind == .word && !t.isCapitalized && (cues[i].contains(.locationGlue) || WordLists.compassWords.contains(t))
    }

    static let locationGlueWords: WordSet = ["in", "at", "near", "next", "to", "of", "the", "a", "an", "located", "is", "capital", "city", "town", "region", "central", "northern",
                                                 "southern", "eastern", "western", "international", "airport", "country", "nation", "its", "just", "outside", "market", "village",
                                                 "settlement", "remote", "small", "garrison", "commune", "district", "province", "locality", "which", "that", "lies", "situated",
                                                 "also", "far", "north", "south", "east", "west", "air", "naval", "military", "on", "outskirts", "edge", "base", "camp",
                                                 "heart", "middle", "shore", "shores", "bank", "banks"]


    /// Prepositions that say where a place lies after a relative pronoun: "which is in Mali".
    static let wherePrepositions: WordSet = ["in", "at", "near", "outside", "on", "of"]

    /// Whether the text right after town `p`, or the lexicon, puts it in a state other than
    /// `state`: "a Kenyan army base at El Adde in Somalia's Gedo region" is a post abroad.
    func isPlacedElsewhere(_ p: Int, than state: Int, in clause: Range<Int>) -> Bool {
        if let country = lexiconCountry(of: mentions[p].entity).flatMap(stateNamed), country != state { return true }
        let after = mentions[p].end
        guard after < clause.upperBound, tokens[after].key == "in",
              let next = ((after + 1)..<min(after + 4, clause.upperBound)).lazy.compactMap({ self.mentionAt[$0] }).first else { return false }
        return type(next) == .state && mentions[next].entity != state
    }

    /// Words for a standing military post: keeping one somewhere is being stationed there.
    static let militaryPosts: WordSet = ["headquarters", "garrison", "base", "bases", "outpost", "outposts", "detachment", "detachments", "hub", "camp"]

    /// What a force's holder does with it: "France has 1,000 troops", "Russia sent soldiers".
    static let forceHolderVerbs: WordSet = ["has", "had", "have", "keeps", "kept", "maintains", "maintained", "with", "deployed", "sent", "stationed"]
    /// A post kept (not merely passed) places its keeper: "keeps its headquarters in N'Djamena".
    static let forceKeepingVerbs: WordSet = ["has", "had", "have", "keeps", "kept", "maintains", "maintained"]
    /// Words between a force's holder and the force: "has about 1,000 of its own troops".
    static let forceCountWords: WordSet = forceKeepingVerbs.union(["with", "about", "around", "some", "nearly", "roughly", "approximately", "more", "than", "over", "up", "to", "its", "their",
                                                                  "own", "hundreds", "thousands", "dozens", "of", "regional", "main", "largest", "last"])
    /// Words between a force and where it is: "troops have been present in".
    static let forcePresenceWords: WordSet = ["military", "service", "members", "stationed", "based", "deployed", "currently", "still", "already", "remaining", "conducting",
                                              "counterterrorism", "operations", "special", "elite", "civilian", "and", "have", "has", "had", "been", "are", "were", "is", "was",
                                              "present", "active", "now", "also", "long", "operating", "operated", "fighting"]

    /// "US troops in Niger" (deployed to the state), "Russian troops at Air Base 101" (stationed).
    func findForcesIn(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where k + 1 < ms.count && (mentions[m].isForces || (FrameTable.forces.contains(type(m)) && mentions[m].end < sentence.upperBound
            && (Self.forceHolderVerbs.contains(tokens[mentions[m].end])
                || (type(m) != .state && WordLists.forceNouns.contains(tokens[mentions[m].end]))))) {
            let n = ms[k + 1]
            var i = mentions[m].end
            var sawForces = mentions[m].isForces
            // ("French armoured units stationed in …": past the adjectives to the forces' noun.)
            if sawForces, mentions[m].kind == .demonym, let noun = (i..<min(mentions[n].start, i + 3)).first(where: { WordLists.forceNouns.contains(tokens[$0]) }),
               (i..<noun).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil }) {
                i = noun
            }
            var sawPost = false
            while i < mentions[n].start, tokens[i].kind == .number || Self.forceCountWords.contains(tokens[i])
                    || WordLists.forceNouns.contains(tokens[i]) || Self.militaryPosts.contains(tokens[i]) {
                if WordLists.forceNouns.contains(tokens[i]) { sawForces = true }
                // "France keeps its regional headquarters in N'Djamena": a post is a presence.
                if Self.militaryPosts.contains(tokens[i]), tokens[mentions[m].end].kind == .word, Self.forceKeepingVerbs.contains(tokens[mentions[m].end]) {
                    sawForces = true; sawPost = true
                }
                if tokens[i].key == "to" && !sawForces { break }
                i += 1
            }
            // ("received a delegation from the Malian junta in Ouagadougou": envoys, not forces;
            // "ending years of German military presence in Niger": a presence that ends.)
            guard sawForces, !sentByEnvoys(m), !endsPresence(before: m, upTo: i, floor: sentence.lowerBound) else { continue }
            // "… have been (present) in Libya since 2019".
            let verbStart = i
            while i < mentions[n].start, tokens[i].kind == .word, WordLists.forceNouns.contains(tokens[i]) || Self.forcePresenceWords.contains(tokens[i]) { i += 1 }
            // ("troops on Congolese soil": a state's territory.)
            guard i < mentions[n].start, ["in", "at"].contains(tokens[i].key) || (tokens[i].key == "on" && namesTerritory(n)) else { continue }
            // A clause of its own ("soldiers were in the country") needs a named place, not a guess.
            if tokens[verbStart..<i].contains(where: { ["been", "are", "were", "is", "was"].contains($0.key) }), mentions[n].kind != .name { continue }
            var j = i + 1
            while j < mentions[n].start, isDeterminer(j) || isModifier(j) { j += 1 }
            guard j == mentions[n].start, mentions[n].entity != mentions[m].entity else { continue }
            let target = type(n)
            // "American service members were stationed in Niger": the verb says stationed.
            let stationedVerb = tokens[verbStart..<i].contains { ["stationed", "based", "garrisoned"].contains($0.key) }
            let relation: (type: RelationType, rule: String)
            if target == .base || (sawPost && target == .city) || (stationedVerb && [.state, .city].contains(target)) {
                relation = (.stationedAt, sawPost ? "post-in" : (stationedVerb ? "stationed-in" : "forces-at"))
            } else if target == .state || target == .city {
                relation = (.deployedTo, "forces-in")
            } else {
                continue
            }
            // ("stationed in Ivory Coast and Chad": each place of the list.)
            for place in [n] + list(startingAt: n, in: ms).dropFirst().prefix(while: { type($0) == target && mentions[$0].kind != .demonym })
            where mentions[place].entity != mentions[m].entity {
                emit(mentions[m].entity, relation.type, mentions[place].entity, sentence: s, rule: relation.rule, span: span(m, place))
            }
        }
    }

    /// True when an ending verb governs the presence that the forces `m` name: "ending years of
    /// German military presence", read up to token `end`.
    func endsPresence(before m: Int, upTo end: Int, floor: Int) -> Bool {
        tokens[mentions[m].end..<end].contains { $0.key == "presence" }
            && tokens[max(floor, mentions[m].start - 8)..<mentions[m].start].contains { FrameTable.presenceEnders.contains($0) }
    }

    /// "France, which keeps about 1,000 troops in Chad", "France, the former colonial power, keeps
    /// 1,000 troops in Chad": forces kept somewhere, whatever stands between the keeper and its
    /// verb. Forces kept in a state or at a base are stationed there: keeping tells of a standing
    /// presence, not of the deployment that began it.
    func findKeptForces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for v in sentence where cues[v].contains(.keeper) && tokens[v].kind == .word {
            var i = v + 1
            var sawForces = false
            // ("keeps its largest African garrison in Djibouti": a demonym or an adjective may qualify the post.)
            while i < sentence.upperBound, i < v + 10, mentionAt[i] == nil || mentions[mentionAt[i]!].kind == .demonym,
                  tokens[i].kind == .number || tokens[i].text == "," && i > v + 1 && tokens[i - 1].kind == .number || Self.keptQuantities.contains(tokens[i]) || WordLists.forceNouns.contains(tokens[i])
                    || Self.militaryPosts.contains(tokens[i]) || mentionAt[i] != nil || Self.keptPostQualifiers.contains(tokens[i]) {
                if WordLists.armedPeople.contains(tokens[i]) { sawForces = true }
                if Self.militaryPosts.contains(tokens[i]) { sawForces = true }
                i += 1
            }
            // ("has kept a small military mission in Niger": a mission of soldiers, not of diplomats.
            // A training mission is often a bloc's, not the subject's: it is left alone.)
            if !sawForces, i < sentence.upperBound, tokens[i].key == "mission", tokens[i - 1].key == "military" {
                sawForces = true
                i += 1
            }
            guard sawForces, i + 1 < sentence.upperBound, ["in", "at"].contains(tokens[i].key) else { continue }
            let j = pastDeterminersAndModifiers(from: i + 1, limit: sentence.upperBound)
            // ("keeps thousands of soldiers in Lower Shabelle": a region too.)
            let placeTypes: EntityTypes = [.state, .city, .base, .region]
            var places: [Int] = []
            if let place = mentionAt[j], mentions[place].start == j, placeTypes.contains(type(place)), mentions[place].kind != .demonym, !spansStates(place) {
                // ("has instructors in Burkina Faso and Niger": every place of the list.)
                places = list(startingAt: place, in: ms.filter { placeTypes.contains(type($0)) && mentions[$0].kind != .demonym && !spansStates($0) })
            }
            // ("keeps about 350 soldiers in Gabon, most of them at Camp de Gaulle", "has 4,300 troops
            // in the region, including 2,400 in Mali": a share of them kept at a place of its own.)
            if let share = keptShare(after: places.last.map { mentions[$0].end } ?? j, in: sentence), placeTypes.contains(type(share)) {
                places.append(share)
            }
            guard !places.isEmpty else { continue }
            let clause = clause(around: v, in: sentence)
            for keeper in subjects(before: v, clause: clause, types: FrameTable.forces, in: ms) {
                for place in places where mentions[keeper].entity != mentions[place].entity {
                    emit(mentions[keeper].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "keeps-forces-in", span: span(keeper, place))
                }
            }
        }
    }

    /// The place a share of kept forces is at, set off after the forces' own place: ", most of
    /// them at Camp de Gaulle", ", including about 2,400 in Mali", ", 300 of them in Gao".
    func keptShare(after k: Int, in sentence: Range<Int>) -> Int? {
        guard let comma = (k..<min(sentence.upperBound, k + 4)).first(where: { tokens[$0].text == "," }) else { return nil }
        var i = comma + 1
        if i < sentence.upperBound, tokens[i].key == "including" {
            i += 1
            while i < sentence.upperBound, Self.keptQuantities.contains(tokens[i]) || tokens[i].kind == .number || tokens[i].text == "," && i > 0 && tokens[i - 1].kind == .number
                    || WordLists.armedPeople.contains(tokens[i]) { i += 1 }
            guard i > comma + 2 else { return nil }
        } else {
            guard i + 3 < sentence.upperBound, tokens[i].kind == .number || Self.shares.contains(tokens[i]),
                  tokens[i + 1].key == "of", tokens[i + 2].key == "them" else { return nil }
            i += 3
        }
        guard i + 1 < sentence.upperBound, ["in", "at"].contains(tokens[i].key) else { return nil }
        let j = pastDeterminersAndModifiers(from: i + 1, limit: sentence.upperBound)
        guard j < sentence.upperBound, let place = mentionAt[j], mentions[place].start == j, mentions[place].kind != .demonym else { return nil }
        return place
    }

    /// Words for a share of a whole: "most of them".
    static let shares: WordSet = ["most", "many", "some", "half", "all", "part", "several", "hundreds", "dozens"]

    /// True when the mention names whom envoys come from: "a delegation from the Malian junta".
    func sentByEnvoys(_ m: Int) -> Bool {
        let i = tokenBefore(m, pastDeterminersDownTo: 1)
        return i > 0 && ["from", "of"].contains(tokens[i].key) && Self.envoyNouns.contains(tokens[i - 1])
    }

    /// "N'Djamena hosted the headquarters of Operation Barkhane", "Chad hosts the headquarters
    /// of the MNJTF": the body whose post a place hosts is stationed there.
    /// "N'Djamena was also the headquarters of Barkhane" says what "hosted" says.
    func findHostedPosts(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for v in sentence where (cues[v].contains(.hosting) || Self.copulas.contains(tokens[v])) && v > sentence.lowerBound {
            var j = v + 1
            while j < sentence.upperBound, mentionAt[j] == nil, tokens[j].kind == .word,
                  isDeterminer(j) || isModifier(j) || ["main", "regional", "military", "former", "also", "long", "once", "still"].contains(tokens[j].key) { j += 1 }
            guard j + 2 < sentence.upperBound, WordLists.hostedPosts.contains(tokens[j]), tokens[j + 1].key == "of",
                  cues[v].contains(.hosting) || tokens[j].key == "headquarters",
                  let body = bodyOwningPost(after: j + 1, in: sentence), [.militaryUnit, .organization, .armedGroup, .alliance].contains(type(body)) else { continue }
            let clause = clause(around: v, in: sentence)
            for host in subjects(before: v, clause: clause, types: [.city, .base, .state], in: ms) where mentions[host].kind != .demonym {
                emit(mentions[body].entity, .stationedAt, mentions[host].entity, sentence: s, rule: "hosted-post", span: span(host, body))
            }
        }
    }

    /// The body named after a post's "of": "of Operation Barkhane", "of France's Operation
    /// Barkhane", "of the army's 6th Infantry Division" (the owner's state or the army before
    /// the body's name is passed).
    func bodyOwningPost(after of: Int, in sentence: Range<Int>) -> Int? {
        var k = of + 1
        while k < sentence.upperBound, mentionAt[k] == nil, isDeterminer(k) { k += 1 }
        if let owner = mentionAt[k], mentions[owner].isPossessive, [.state, .alliance, .organization].contains(type(owner)) {
            k = mentions[owner].end
        } else if k + 1 < sentence.upperBound, mentionAt[k] == nil, Self.ownForcesWords.contains(tokens[k]), tokens[k + 1].kind == .possessive {
            k += 2
        }
        while k < sentence.upperBound, mentionAt[k] == nil, tokens[k].kind == .possessive { k += 1 }
        guard k < sentence.upperBound, let body = mentionAt[k], mentions[body].start == k else { return nil }
        return body
    }

    /// Verbs for keeping forces somewhere: "keeps 1,000 troops in Chad".
    static let forceKeepers: WordSet = ["keeps", "kept", "keep", "has", "had", "have", "maintains", "maintained", "maintain", "retains", "retained", "still"]

    /// Words between the keeping verb and the forces: "about 1,000", "a small contingent of".
    /// What may stand before a kept post: "its largest base", "an air base", "a forward base".
    static let keptPostQualifiers: WordSet = ["largest", "biggest", "main", "last", "only", "permanent", "air", "naval", "drone", "military", "forward", "logistics"]

    static let keptQuantities: WordSet = ["about", "around", "some", "nearly", "roughly", "approximately", "more", "than", "over", "up", "to", "its", "their", "own",
                                              "a", "an", "small", "few", "hundred", "thousand", "hundreds", "thousands", "dozens", "of", "still", "almost", "special", "french", "american",
                                              "separate", "bilateral", "large", "sizeable", "sizable"]

    /// "Barkhane's remaining bases at Gossi and Gao", "the mission still runs camps in Tessalit",
    /// "MINUSMA pulled out of its Ber camp": the owner of a post is stationed where the post is.
    func findPosts(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let keepers = Self.postKeepers
        for t in sentence where cues[t].contains(.post) && mentionAt[t] == nil {
            let clause = clause(around: t, in: sentence)
            let owners: EntityTypes = ["headquarters", "hub"].contains(tokens[t].key) ? FrameTable.forces : FrameTable.forces.union([.organization])
            // Back over modifiers and a place named before the noun ("its Ber camp").
            var i = t - 1
            var placeBefore: Int?
            // ("a Malian army camp at Nampala", "Barkhane's main Malian base at Gao": the state of
            // the adjective, whose army the post is unless an owner comes before it.)
            var stateOfAdjective: Int?
            var nationalArmyPost = false
            while i >= clause.lowerBound {
                if let m = mentionAt[i], [.city, .base].contains(type(m)), !mentions[m].isPossessive, placeBefore == nil, mentions[m].end == i + 1 {
                    placeBefore = m; i = mentions[m].start - 1; continue
                }
                if let m = mentionAt[i], mentions[m].kind == .demonym, type(m) == .state, stateOfAdjective == nil, placeBefore == nil, mentions[m].end == i + 1 {
                    stateOfAdjective = m; i = mentions[m].start - 1; continue
                }
                let armyOfAdjective = tokens[i].key == "army" && i > clause.lowerBound && mentionAt[i - 1].map { mentions[$0].kind == .demonym } == true
                guard tokens[i].kind == .word, mentionAt[i] == nil, Self.postModifiers.contains(tokens[i]) || armyOfAdjective else { break }
                if armyOfAdjective { nationalArmyPost = true }
                i -= 1
            }
            var owner: [Int] = []
            if i > clause.lowerBound, tokens[i].kind == .possessive, let o = mentionAt[i - 1], owners.contains(type(o)) {
                owner = [o]
            } else if i >= clause.lowerBound, ["its", "their"].contains(tokens[i].key) {
                owner = subjects(before: i, clause: clause, types: owners, in: ms)
                // ("The MNJTF brings together troops from Nigeria, Chad and Benin, with its
                // headquarters in N'Djamena": "its" is one owner, the clause's first.)
                if tokens[i].key == "its", owner.count > 1 {
                    let opening = ms.first(where: { mentions[$0].start >= clause.lowerBound && mentions[$0].end <= i && owners.contains(type($0)) })
                    owner = opening.map { opening in owner.contains(opening) ? [] : [opening] } ?? []
                }
            } else if i >= clause.lowerBound, keepers.contains(tokens[i]) || (i > clause.lowerBound && keepers.contains(tokens[i - 1]) && tokens[i].key == "still") {
                owner = subjects(before: i, clause: clause, types: owners, in: ms)
            } else if i > clause.lowerBound, let o = mentionAt[i], mentions[o].end == i + 1, mentions[o].kind == .name, !mentions[o].isPossessive,
                      owners.contains(type(o)), type(o) != .state, mentions[o].start > clause.lowerBound, ["a", "an", "the"].contains(tokens[mentions[o].start - 1].key) {
                // "fired on a MINUSMA camp in Kidal": a body's name inside the post's noun phrase owns it.
                owner = [o]
            }
            // "the headquarters of the G5 Sahel Joint Force in the central Malian town of Sevare":
            // the owner follows, and the place a little further after it.
            var (placesFrom, reach) = (t, 6)
            if owner.isEmpty, t + 2 < clause.upperBound, tokens[t + 1].key == "of", let o = bodyOwningPost(after: t + 1, in: clause), owners.contains(type(o)) {
                owner = [o]
                (placesFrom, reach) = (mentions[o].end - 1, 8)
            }
            // (The adjective places the town when the post is its own army's or another owner's:
            // "the French base at Gao" places nothing in France.)
            let adjectivePlaces = stateOfAdjective != nil && (nationalArmyPost || !owner.isEmpty)
            if owner.isEmpty, let state = stateOfAdjective { owner = [state] }
            guard !owner.isEmpty else { continue }
            var places = objects(after: placesFrom, clause: clause, types: [.city, .base], markers: Markers.inOrAt, in: ms).filter { mentions[$0].start - placesFrom <= reach }
            if let placeBefore { places.append(placeBefore) }
            // ("a Nigerien army camp at Inates": a town the adjective's state keeps a post in lies in it.)
            if adjectivePlaces, let state = stateOfAdjective {
                for p in places where type(p) == .city && mentions[p].entity != mentions[state].entity && !isPlacedElsewhere(p, than: mentions[state].entity, in: clause) {
                    emit(mentions[p].entity, .locatedIn, mentions[state].entity, sentence: s, rule: "post-of-state", span: ordered(mentions[state].start, mentions[p].end))
                }
            }
            for o in owner { for p in places where mentions[p].entity != mentions[o].entity {
                emit(mentions[o].entity, .stationedAt, mentions[p].entity, sentence: s, rule: "post-of", span: ordered(min(mentions[o].start, mentions[p].start), max(mentions[o].end, mentions[p].end)))
            } }
        }
    }

    /// Nouns for posts that forces hold: "bases", "camps", "headquarters".
    static let postNouns: WordSet = militaryPosts.union(["camps", "garrisons", "hubs"])

    /// Verbs whose subject holds the posts that follow: "the mission still runs camps in …".
    static let postKeepers: WordSet = ["runs", "ran", "run", "operates", "operated", "keeps", "kept", "maintains", "maintained", "has", "had", "have"]

    /// Words between an owner and its posts: "Barkhane's remaining bases".
    static let postModifiers: WordSet = ["remaining", "main", "former", "military", "regional", "last", "own", "largest", "few", "two", "three", "several", "permanent", "small",
                                             "training", "logistics", "forward", "a", "an"]

    /// "About 1,000 French soldiers are in Chad, most of them at the Kossei air base", "France
    /// keeps 350 soldiers in Gabon, most of them at Camp de Gaulle": the share of the troops
    /// named after the comma is stationed where it says. The troops' holder is the first force
    /// of the sentence: a state's forces, or a state with its soldiers counted after it.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findPartitivePosts(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for k in sentence where k >= sentence.lowerBound + 3 && tokens[k].key == "them" && tokens[k - 1].key == "of"
            && Self.shareWords.contains(tokens[k - 2]) && tokens[k - 3].text == "," {
            let comma = k - 3
            // "most of them (are) (based) at the Kossei air base".
            var j = k + 1
            while j < sentence.upperBound, ["are", "were", "based", "stationed", "housed", "deployed"].contains(tokens[j].key) { j += 1 }
            guard j < sentence.upperBound, ["at", "in"].contains(tokens[j].key) else { continue }
            // ("most of them at an air base in Niamey": an unnamed post, in the town named after it.)
            let after = j + 1
            if let post = (after..<min(sentence.upperBound, after + 4)).first(where: { Self.heldPlaces.contains(tokens[$0]) }),
               (after...post).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil }),
               post + 2 < sentence.upperBound, tokens[post + 1].key == "in" {
                j = post + 2
            } else {
                j = pastDeterminersAndModifiers(from: after, limit: sentence.upperBound)
            }
            guard j < sentence.upperBound, let place = mentionAt[j], mentions[place].start == j, [.base, .city].contains(type(place)), mentions[place].kind != .seat,
                  let holder = ms.first(where: { mentions[$0].end <= comma && FrameTable.forces.contains(type($0))
                      && (mentions[$0].isForces || type($0) != .state
                          || (mentions[$0].kind == .name && (mentions[$0].end..<comma).contains(where: { WordLists.armedPeople.contains(tokens[$0]) }))) })
            else { continue }
            emit(mentions[holder].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "most-of-them-at", span: ordered(mentions[holder].start, mentions[place].end))
        }
    }

    /// Words for a share of a number of troops: "most of them".
    static let shareWords: WordSet = ["most", "many", "some", "all", "half", "several", "part"]

    /// "the Central African Republic, where Wagner has been present since 2018", "Kamboinsin, a
    /// base near the capital where French special forces are stationed": the forces the
    /// "where" clause places there are deployed to the place (stationed at a base or a post).
    func findWherePresence(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for w in sentence where tokens[w].key == "where" && w > sentence.lowerBound {
            let end = ((w + 1)..<sentence.upperBound).first { tokens[$0].text == "," || cues[$0].contains(.clauseBoundary) } ?? sentence.upperBound
            let words = tokens[(w + 1)..<end]
            // A keeping verb, not an auxiliary: "where France has 1,000 troops", "has kept", not
            // "where they had supported Nigerien forces" or "where envoys of the army have been
            // holding talks".
            let keeps = words.indices.contains { k in
                Self.presenceKeepers.contains(words[k])
                    && !(k + 1 < end && (words[k + 1].key == "been" || words[k + 1].key.hasSuffix("ed") && !Self.presenceKeepers.contains(words[k + 1])))
            }
            // ("where Chadian units still patrol", "where the group controls several districts",
            // "where it gained a foothold", "where AQIM had its deepest positions": ground held.)
            let holding = words.contains { Self.groundHoldingWords.contains($0) }
            let presence = holding || words.contains { Self.presenceWords.contains($0) }
                || (keeps && words.contains { WordLists.forceNouns.contains($0) || Self.militaryPosts.contains($0) })
            // "where the army has had no presence", "where it lost control".
            guard presence, !words.contains(where: { ["no", "not", "never", "without", "longer", "lost", "ceded"].contains($0.key) }) else { continue }
            let post = holding || words.contains { Self.militaryPosts.contains($0) }
            // "where France keeps 1,000 troops", "where Wagner has operated": a standing presence,
            // not a deployment ("where instructors are deployed", "where Wagner has been present").
            let standing = !words.contains { Self.deploymentWords.contains($0) }
            // The place the clause is about: the latest one named before it, within an apposition's reach.
            // A base heads its apposition: "Kamboinsin, a base near Ouagadougou where …".
            // A landmark ("near the airport") is not the place.
            // (Not a possessive, which qualifies what follows: "a town in Nigeria's Borno State where".)
            let window = ms.filter { mentions[$0].end <= w && w - mentions[$0].end <= 12 && [.state, .city, .base].contains(type($0)) && mentions[$0].kind != .demonym
                && !mentions[$0].isPossessive
                && !(mentions[$0].start > sentence.lowerBound && ["near", "outside", "beside"].contains(tokens[mentions[$0].start - 1].key)) }
            guard let place = window.last(where: { type($0) == .base }) ?? window.last,
                  !((mentions[place].end)..<w).contains(where: { cues[$0].contains(.clauseBoundary) }) else { continue }
            let actors = ms.filter { m in
                mentions[m].start > w && mentions[m].start < end && FrameTable.forces.contains(type(m)) && mentions[m].entity != mentions[place].entity
                    && (mentions[m].kind != .demonym || mentions[m].isForces) && !["in", "at", "to", "from", "into", "near"].contains(marker(before: m, notBefore: w + 1))
                    // (Not the enemies they fought there: "where they fought Islamic State and al-Qaeda".)
                    && !((w + 1)..<mentions[m].start).contains { Self.enemyMarkers.contains(tokens[$0]) }
            }
            // "Mali, Burkina Faso and Niger, where …", "…, three countries where": every place of
            // the list, unless a description of the last alone stands between ("Kidal, the CSP's
            // stronghold, where").
            var places = [place]
            let between = gap(mentions[place].end, w)
            let wholeList = between.allSatisfy({ $0.text == "," }) || between.contains(where: { Self.pluralPlaceNouns.contains($0) })
            while wholeList, let first = places.first, let previous = window.last(where: { mentions[$0].end <= mentions[first].start }), type(previous) == type(place) {
                let between = gap(mentions[previous].end, mentions[first].start)
                guard !between.isEmpty, between.count <= 3, between.allSatisfy({ $0.key == "and" || $0.key == "the" || $0.text == "," }) else { break }
                places.insert(previous, at: 0)
            }
            for actor in actors { for place in places where mentions[place].entity != mentions[actor].entity {
                let relation: RelationType = type(place) == .base || (post && type(place) == .city) || (standing && type(place) == .state) ? .stationedAt : .deployedTo
                emit(mentions[actor].entity, relation, mentions[place].entity, sentence: s, rule: "where-present", span: span(place, actor))
            } }
        }
    }

    /// Words after which a where-clause names the enemy, not the forces there.
    static let enemyMarkers: WordSet = ["against", "fought", "fight", "fighting", "battled", "attacked"]

    /// Words of a where-clause that say its subject holds the ground there.
    static let groundHoldingWords: WordSet = ["patrol", "patrols", "patrolled", "patrolling", "control", "controls", "controlled", "foothold", "positions"]

    /// Verbs of a where-clause whose subject keeps forces or posts there.
    static let presenceKeepers: WordSet = ["has", "have", "had", "keeps", "kept", "maintains", "maintained"]

    /// Words of a where-clause that tell of a deployment rather than a standing presence.
    static let deploymentWords: WordSet = ["deployed", "deploying", "deploy", "present", "sent", "arrived"]

    /// "MINUSCA, the UN's peacekeeping mission in the country", "EUCAP Sahel Niger, the EU's
    /// civilian mission in Niger": a force or mission set off as one in a place is stationed there.
    /// "FACT, a rebel group based in Libya": so is any force the description says is based there.
    ///
    /// - Complexity: O(*m*) in the sentence's mentions, a few tokens each.
    func findApposedMissionPlaces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where [.organization, .militaryUnit, .armedGroup].contains(type(m)) {
            // Past an acronym in parentheses: "the Front for Change and Concord in Chad (FACT), …".
            let comma = endPastAcronym(of: m, limit: sentence.upperBound)
            guard comma + 3 < sentence.upperBound, tokens[comma].text == "," else { continue }
            let open = comma + 1
            guard ["the", "a", "an"].contains(tokens[open].key) || (mentionAt[open].map { mentions[$0].isPossessive } ?? false) else { continue }
            // The noun of the description, past its owner and lower-case qualifiers, or the
            // participle that places it.
            var i = open
            var noun: Int?
            var based: Int?
            while i < min(sentence.upperBound, open + 8) {
                if i > open + 1, Self.basedWords.contains(tokens[i]) { based = i; break }
                if type(m) != .armedGroup, Self.stationedBodyNouns.contains(tokens[i]) { noun = i; break }
                guard tokens[i].kind == .possessive || tokens[i].text == "-" || (tokens[i].kind == .word && (!tokens[i].isCapitalized || mentionAt[i] != nil)) else { break }
                if let o = mentionAt[i] {
                    // ("MINUSMA, the UN mission in Mali": a noun the resolver read with its owner.)
                    if type(m) != .armedGroup, Self.stationedBodyNouns.contains(tokens[mentions[o].end - 1]) { noun = mentions[o].end - 1; break }
                    i = mentions[o].end; continue
                }
                i += 1
            }
            guard let before = noun ?? based, before + 2 < sentence.upperBound, tokens[before + 1].key == "in" else { continue }
            // "in Libya", "in the country", "in southern Libya".
            var at = before + 2
            while at + 1 < sentence.upperBound, mentionAt[at] == nil, at < before + 4, tokens[at].key == "the" || WordLists.compassWords.contains(tokens[at]) { at += 1 }
            guard let place = mentionAt[at],
                  [.state, .city].contains(type(place)), mentions[place].kind != .demonym, !mentions[place].isPossessive,
                  mentions[place].entity != mentions[m].entity else { continue }
            emit(mentions[m].entity, .stationedAt, mentions[place].entity, sentence: s, rule: noun != nil ? "apposed-mission-in" : "apposed-based-in",
                 span: span(m, place))
            // (A mission in a state is deployed there too: writers code it either way.)
            if let noun, tokens[noun].key == "mission", type(m) == .organization, type(place) == .state {
                emit(mentions[m].entity, .deployedTo, mentions[place].entity, sentence: s, rule: "apposed-mission-in", span: span(m, place))
            }
        }
    }

    /// "Headquartered in the Chadian capital, N'Djamena, the MNJTF draws …": a participle that
    /// opens the sentence places the subject that follows it.
    ///
    /// - Complexity: O(*m*) in the sentence's mentions.
    func findFrontedBase(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let lower = sentence.lowerBound
        guard sentence.count > 5, Self.basedWords.contains(tokens[lower]), ["in", "at"].contains(tokens[lower + 1].key),
              let place = ms.first(where: { [.city, .base, .state].contains(type($0)) && mentions[$0].kind == .name && mentions[$0].start <= lower + 8 }),
              mentions[place].end + 1 < sentence.upperBound, tokens[mentions[place].end].text == ",",
              let actor = ms.first(where: { mentions[$0].start > mentions[place].end && mentions[$0].start <= mentions[place].end + 3 }),
              isForcesMention(actor) || type(actor) == .organization,
              mentions[actor].entity != mentions[place].entity else { return }
        emit(mentions[actor].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "fronted-based", span: ordered(lower, mentions[actor].end))
    }

    /// Words between a state and the town it holds: "Niger's capital, Niamey", "the Algerian
    /// city of X", "Mali's international airport in Bamako".
    static let capitalPhraseWords: WordSet = ["capital", "city", "town", "towns", "cities", "of", "the", ",", "international", "airport", "in"]

    /// The last words of places a town lies "on": "on the Red Sea", "on the Niger River".
    static let watersideHeads: WordSet = ["sea", "river", "lake", "coast", "ocean", "gulf", "bay", "delta"]

    /// Participles that say where a described body is: "a rebel group based in Libya".
    static let basedWords: WordSet = ["based", "headquartered", "stationed", "garrisoned"]

    /// Nouns for a body that stays where it works: "mission", "force", "contingent".
    static let stationedBodyNouns: WordSet = ["mission", "force", "contingent", "operation", "office"]

    /// Plural nouns for places: "three countries where …" describes a whole list.
    static let pluralPlaceNouns: WordSet = ["countries", "states", "nations", "towns", "cities", "places", "areas", "regions", "bases", "capitals"]

    /// Words that put forces somewhere: "where Wagner has been present", "where the group began deploying".
    static let presenceWords: WordSet = ["present", "deployed", "deploying", "deploy", "stationed", "based", "garrisoned", "posted", "operates", "operate",
                                             "operating", "operated", "active", "housed", "remain", "remains", "remained"]

    /// "Moura had long been a stronghold of Katiba Macina", "Kidal, the rebels' stronghold",
    /// "Benghazi, the LNA's last major stronghold", "the coalition whose stronghold is Kidal":
    /// the holder is there.
    ///
    /// Holders are armed groups, armed coalitions and units, and a state only as its forces ("the
    /// Sudanese army's stronghold"): "Mali's stronghold" is rhetoric more often than a garrison.
    /// "Ankara trains Somali soldiers at Camp TURKSOM, its largest overseas military base": a
    /// base set off as "its" base is held by its clause's subject (the clause's first force or
    /// body named, not after a preposition).
    func findOwnedBases(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where type(m) == .base && mentions[m].end + 3 < sentence.upperBound {
            let e = mentions[m].end
            guard tokens[e].text == ",", ["its", "their"].contains(tokens[e + 1].key),
                  ((e + 2)..<min(sentence.upperBound, e + 7)).contains(where: { mentionAt[$0] == nil && (Self.militaryPosts.contains(tokens[$0]) || NominalResolver.baseNouns.contains(tokens[$0])) }),
                  // (The clause after a ", and" that joins two: "Egypt signed a pact with Somalia,
                  // and Ankara trains Somali soldiers at Camp TURKSOM, its … base".)
                  case let whole = clause(around: mentions[m].start, in: sentence),
                  case let from = ((whole.lowerBound + 1)..<max(whole.lowerBound + 1, mentions[m].start)).last(where: { tokens[$0].key == "and" && tokens[$0 - 1].text == "," }).map({ $0 + 1 }) ?? whole.lowerBound,
                  let owner = ms.first(where: { mentions[$0].start >= from && mentions[$0].end <= mentions[m].start
                      && (FrameTable.forces.contains(type($0)) || type($0) == .organization)
                      && mentions[$0].kind != .demonym && !isPrepositionalObject($0, floor: from) }),
                  mentions[owner].entity != mentions[m].entity else { continue }
            emit(mentions[owner].entity, .stationedAt, mentions[m].entity, sentence: s, rule: "its-base", span: span(owner, m))
        }
    }

    func findStrongholds(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        func holds(_ m: Int) -> Bool { isForcesMention(m) || type(m) == .alliance }
        for t in sentence where cues[t].contains(.stronghold) {
            // "whose stronghold is Kidal": the holder before, the place after.
            if t >= sentence.lowerBound + 2, tokens[t - 1].key == "whose", t + 2 < sentence.upperBound, ["is", "was", "remains"].contains(tokens[t + 1].key),
               let place = ms.first(where: { mentions[$0].start >= t + 2 && mentions[$0].start <= t + 3 && [.city, .region, .base, .state].contains(type($0)) }),
               (t + 2..<mentions[place].start).allSatisfy({ Self.modifiers.contains(tokens[$0]) }),
               // The head of the description, not a word inside it ("JNIM, the al-Qaeda-linked
               // coalition whose stronghold …").
               case let before = ms.filter({ mentions[$0].end <= t - 1 && t - 1 - mentions[$0].end <= 8 && holds($0) }),
               let holder = before.first(where: { tokens[mentions[$0].end].text == "," }) ?? before.last(where: { tokens[mentions[$0].end].text != "-" }) {
                emit(mentions[holder].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "stronghold", span: span(holder, place))
                continue
            }
            // The holder: "stronghold of (the) X" after, or "X's (last major) stronghold" before.
            var holder: Int?
            if t + 1 < sentence.upperBound, tokens[t + 1].key == "of" {
                // ("the stronghold of the Tuareg separatist MNLA": past a few words that describe it.)
                holder = ms.first { mentions[$0].start > t + 1 && mentions[$0].start <= t + 6 && holds($0)
                    && ((t + 2)..<mentions[$0].start).allSatisfy { tokens[$0].kind == .word && mentionAt[$0] == nil } }
            } else if let m = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 3 && holds($0) && mentions[$0].isPossessive }),
                      gap(mentions[m].end, t).allSatisfy({ $0.kind == .possessive || Self.strongholdModifiers.contains($0) }) {
                holder = m
            }
            guard let holder else { continue }
            // The place: the subject of "is/was/had been a stronghold", or the head of an apposition.
            let places = ms.filter { mentions[$0].end <= t && [.city, .region, .base].contains(type($0)) && t - mentions[$0].end <= 10 }
            guard let place = places.last, mentions[place].end <= mentions[holder].start || mentions[holder].start > t,
                  (mentions[place].end..<min(t, mentions[holder].start)).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil || tokens[$0].text == "," || tokens[$0].kind == .possessive }),
                  gap(mentions[place].end, t).contains(where: { ["is", "was", "had", "has", "been", "become", "became", "remains", "remained", ","].contains($0.key) || $0.text == "," })
            else { continue }
            emit(mentions[holder].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "stronghold", span: span(place, holder))
        }
    }

    /// Words between a holder and "stronghold": "the LNA's last major stronghold".
    static let strongholdModifiers: WordSet = ["last", "main", "major", "key", "traditional", "historic", "remaining", "former", "final", "principal", "biggest", "largest"]

    /// "Tripoli is now in Dawn's hands", "the town remained in the hands of the rebels": the
    /// force a place is in the hands of holds it. (Not "in safe hands", which names no one.)
    ///
    /// - Complexity: O(*m*) in the sentence's mentions, a few tokens each.
    func findPlacesInHands(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for p in ms where [.city, .base, .region].contains(type(p)) {
            // The copula or verb of staying, and adverbs: "is now in", "remained firmly in".
            var k = mentions[p].end
            guard k < sentence.upperBound, Self.handsCopulas.contains(tokens[k]) else { continue }
            k += 1
            while k < sentence.upperBound, tokens[k].kind == .word, tokens[k].key.hasSuffix("ly") || ["now", "still", "already", "firmly", "again"].contains(tokens[k].key) { k += 1 }
            guard k + 2 < sentence.upperBound, tokens[k].key == "in" else { continue }
            let holder: Int?
            if let m = mentionAt[k + 1], mentions[m].start == k + 1, mentions[m].isPossessive, mentions[m].end + 1 < sentence.upperBound,
               tokens[mentions[m].end + 1].key == "hands" {
                holder = m
            } else if k + 4 < sentence.upperBound, tokens[k + 1].key == "the", tokens[k + 2].key == "hands", tokens[k + 3].key == "of" {
                var j = k + 4
                while j < sentence.upperBound, mentionAt[j] == nil, isDeterminer(j) { j += 1 }
                holder = j < sentence.upperBound ? mentionAt[j].flatMap { mentions[$0].start == j ? $0 : nil } : nil
            } else {
                holder = nil
            }
            guard let holder, isForcesMention(holder) || [.militaryUnit, .armedGroup].contains(type(holder)), mentions[holder].entity != mentions[p].entity else { continue }
            emit(mentions[holder].entity, .stationedAt, mentions[p].entity, sentence: s, rule: "in-hands-of", span: span(p, holder))
        }
    }

    /// Words between a place and "in … hands": "is in", "remained in", "now in".
    static let handsCopulas: WordSet = ["is", "was", "remains", "remained", "stays", "stayed", "lies", "lay", "now"]

    /// "El Fasher fell to the RSF", "the fall of El Fasher to the RSF", "after losing Khartoum to
    /// the army": forces a place fell to took it, so attacked it and hold it.
    func findFallenPlaces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for p in ms where [.city, .base, .region].contains(type(p)) && mentions[p].end + 1 < sentence.upperBound
            && (tokens[mentions[p].end].kind == .word || tokens[mentions[p].end].text == ",") {
            let start = mentions[p].start, end = mentions[p].end
            let to: Int
            // ("Kidal, the rebels' last bastion, fell to the army": past an apposition.)
            let pastApposition = tokens[end].text == "," ? endOfApposition(openedAt: end, reach: 10, limit: sentence.upperBound) : nil
            if Self.fallWords.contains(tokens[end]) {
                to = end + 1
            } else if let after = pastApposition, after < sentence.upperBound, Self.fallWords.contains(tokens[after]),
                      tokens[(end + 1)..<(after - 1)].allSatisfy({ $0.kind == .word || $0.kind == .possessive }) {
                to = after + 1
            } else if start >= sentence.lowerBound + 2, (tokens[start - 1].key == "of" && tokens[start - 2].key == "fall") || Self.losingWords.contains(tokens[start - 1]) {
                to = end
            } else {
                continue
            }
            guard to < sentence.upperBound, tokens[to].key == "to" else { continue }
            var k = to + 1
            while k < sentence.upperBound, tokens[k].key == "the" { k += 1 }
            guard k < sentence.upperBound, let taker = mentionAt[k], mentions[taker].start == k, isForcesMention(taker) || type(taker) == .state,
                  mentions[taker].entity != mentions[p].entity else { continue }
            emit(mentions[taker].entity, .attacks, mentions[p].entity, sentence: s, rule: "fell-to", span: span(p, taker))
            emit(mentions[taker].entity, .stationedAt, mentions[p].entity, sentence: s, rule: "fell-to", span: span(p, taker))
        }
    }
    /// "El Fasher fell to …".
    static let fallWords: WordSet = ["fell", "fallen"]
    /// Verbs of losing a place to someone: "after losing Khartoum to the army".
    static let losingWords: WordSet = ["lost", "losing", "lose", "loses", "ceded", "ceding"]

    /// "El Fasher, the last city in Darfur still held by the army", "an air base held by Haftar's
    /// Libyan National Army": a place held by forces is where they are.
    func findHeldPlaces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.frameTrigger) && Self.holdingParticiples.contains(tokens[t]) {
            if t >= sentence.lowerBound + 2, tokens[t - 1].text == "-", !tokens[t - 1].spaceBefore {
                findHyphenHeldPlaces(t, s: s, sentence: sentence, ms: ms)
                continue
            }
            guard t + 2 < sentence.upperBound, tokens[t + 1].key == "by", t > sentence.lowerBound,
                  // A participle after its noun ("Kidal, held by the CSP", "the last town still held by"),
                  // or a relative clause ("Kidal, which was held by"); not a main verb's passive.
                  !["was", "were", "is", "are", "be", "been", "being"].contains(tokens[t - 1].key)
                    || (t >= sentence.lowerBound + 2 && ["which", "that"].contains(tokens[t - 2].key)),
                  // The forces, past a determiner or an owner: "by Haftar's Libyan National Army".
                  let holder = forcesNamed(from: t + 2, reach: 4, in: ms), isForcesMention(holder)
            else { continue }
            // The place the participle describes: a named town or base within a few words before it
            // (past "in <region>": "an air base in eastern Libya held by …").
            let before = ms.filter { mentions[$0].end <= t && t - mentions[$0].end <= 10 && [.city, .base, .region].contains(type($0)) }
            // (A region named inside the phrase is not what is held: "the last city in the Darfur
            // region still held by the army".)
            guard let place = before.last(where: { [.city, .base].contains(type($0)) })
                    ?? before.last(where: { type($0) == .region && !(max(sentence.lowerBound, mentions[$0].start - 3)..<mentions[$0].start).contains { ["in", "of"].contains(tokens[$0].key) } }),
                  !gap(mentions[place].end, t).contains(where: { $0.kind == .punctuation && $0.text != "," || Self.heldClauseBreaks.contains($0) })
            else { continue }
            emit(mentions[holder].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "held-by", span: span(place, holder))
        }
    }

    /// "Kidal, which remains under the control of the CMA", "the town has been under the control
    /// of JNIM since 2012": the forces named after "under the control of" hold the town or base
    /// that the clause is about.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findPlacesUnderControl(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // ("control" is a frame trigger: its cue bit is tested before the word.)
        for t in sentence where cues[t].contains(.frameTrigger) && t >= sentence.lowerBound + 2 && t + 2 < sentence.upperBound && tokens[t].key == "control"
            && tokens[t - 1].key == "the" && tokens[t - 2].key == "under" && tokens[t + 1].key == "of" {
            let under = t - 2
            guard let holder = forcesNamed(from: t + 2, reach: 3, in: ms),
                  // The place: the last town or base before, with only a copula or a relative between.
                  let place = ms.last(where: { mentions[$0].end <= under && under - mentions[$0].end <= 5 && [.city, .base].contains(type($0)) }),
                  gap(mentions[place].end, under).allSatisfy({ $0.text == "," || Self.underControlGlue.contains($0) })
            else { continue }
            emit(mentions[holder].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "under-control-of", span: span(place, holder))
        }
    }

    /// The first force named from token `i` to `reach` tokens after it, with only determiners,
    /// modifiers, possessives and other names before it: "by Haftar's Libyan National Army",
    /// "of the CMA".
    func forcesNamed(from i: Int, reach: Int, in ms: [Int]) -> Int? {
        guard let holder = ms.first(where: { mentions[$0].start >= i && mentions[$0].start <= i + reach && FrameTable.forces.contains(type($0)) }),
              (i..<mentions[holder].start).allSatisfy({ Self.determiners.contains(tokens[$0]) || Self.modifiers.contains(tokens[$0]) || mentionAt[$0] != nil || tokens[$0].kind == .possessive })
        else { return nil }
        return holder
    }

    /// Words between a place and "under the control of": "which remains", "has been", "is still".
    static let underControlGlue: WordSet = ["which", "that", "is", "was", "are", "were", "has", "have", "had", "been", "remains", "remained", "still", "now", "long", "firmly"]

    /// "the LNA-held sites, including al-Khadim and al-Jufra", "the army-held cities of South
    /// Kordofan, Kadugli and Dilling", "RSF-controlled Nyala": the forces before the hyphen (the
    /// report's state for "army-held") hold the towns and bases named after the noun.
    func findHyphenHeldPlaces(_ t: Int, s: Int, sentence: Range<Int>, ms: [Int]) {
        let holder: Int
        if let m = mentionAt[t - 2], mentions[m].end == t - 1, FrameTable.forces.contains(type(m)), mentions[m].kind != .demonym {
            holder = mentions[m].entity
        } else if Self.ownForcesWords.contains(tokens[t - 2]), let state = dominantState {
            holder = state
        } else {
            return
        }
        // Past the noun and its words ("two main cities"), then "of <region>," or ", including".
        var i = t + 1
        while i < sentence.upperBound, i - t <= 4, tokens[i].kind == .word || tokens[i].kind == .number, !tokens[i].isCapitalized, mentionAt[i] == nil,
              !["of", "including", "in", "and", "such"].contains(tokens[i].key) { i += 1 }
        if i < sentence.upperBound, tokens[i].key == "of", let (region, _) = townsNamed(afterNoun: i - 1, limit: sentence.upperBound, in: ms) {
            i = mentions[region].end + 1
        } else if i + 1 < sentence.upperBound, tokens[i].text == ",", tokens[i + 1].key == "including" {
            i += 2
        } else if i < sentence.upperBound, tokens[i].key == "including" {
            i += 1
        }
        if i < sentence.upperBound, tokens[i].key == "the" { i += 1 }
        guard i < sentence.upperBound, let first = mentionAt[i], mentions[first].start == i, [.city, .base].contains(type(first)) else { return }
        for place in list(startingAt: first, in: ms) where [.city, .base].contains(type(place)) && mentions[place].entity != holder {
            emit(holder, .stationedAt, mentions[place].entity, sentence: s, rule: "hyphen-held", span: ordered(t - 2, mentions[place].end))
        }
    }

    /// "the two main army-held cities of South Kordofan, Kadugli and Dilling": the region or
    /// state after the noun at `noun` and "of", and the towns the apposition after it names.
    func townsNamed(afterNoun noun: Int, limit: Int, in ms: [Int]) -> (region: Int, towns: [Int])? {
        guard noun + 2 < limit, tokens[noun + 1].key == "of", let region = mentionAt[noun + 2], mentions[region].start == noun + 2,
              [.region, .state].contains(type(region)), mentions[region].kind != .demonym, mentions[region].end + 1 < limit, tokens[mentions[region].end].text == ",",
              let first = mentionAt[mentions[region].end + 1], type(first) == .city, mentions[first].start == mentions[region].end + 1 else { return nil }
        let towns = list(startingAt: first, in: ms).filter { type($0) == .city }
        return towns.count >= 2 ? (region, towns) : nil
    }

    /// "the cities of South Kordofan, Kadugli and Dilling": each town lies in the region.
    func findTownsOfRegion(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // (The noun is probed first: a hashed lookup, where comparing every token with "of" is not.)
        for noun in sentence where WordLists.settlementNouns.contains(tokens[noun]) {
            guard let (region, towns) = townsNamed(afterNoun: noun, limit: sentence.upperBound, in: ms) else { continue }
            for town in towns { emit(mentions[town].entity, .locatedIn, mentions[region].entity, sentence: s, rule: "towns-of-region", span: span(region, town)) }
        }
    }

    /// Words before "-held" that mean the report's state's own forces: "army-held".
    static let ownForcesWords: WordSet = ["army", "government", "military", "regime", "junta"]

    /// "held (by)", "controlled (by)".
    static let holdingParticiples: WordSet = ["held", "controlled"]

    /// Words that end the noun phrase a "held by" participle could describe.
    static let heldClauseBreaks: WordSet = ["and", "but", "while", "after", "before", "when", "as", "from", "to", "toward", "towards"]

    /// "MONUSCO, whose peacekeepers are based in Bunia", "France, whose troops were stationed at
    /// Kossei": a body or a state whose forces are somewhere is there itself.
    func findWhoseForces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where k + 1 < ms.count && [.organization, .state, .militaryUnit, .armedGroup].contains(type(m)) && mentions[m].kind == .name {
            let e = mentions[m].end
            guard e + 5 < sentence.upperBound, tokens[e].text == ",", tokens[e + 1].key == "whose",
                  WordLists.armedPeople.contains(tokens[e + 2]) || tokens[e + 2].key == "peacekeepers" else { continue }
            var i = e + 3
            while i < sentence.upperBound, i < e + 6, ["are", "were", "is", "was", "have", "has", "had", "been", "still", "now", "mostly"].contains(tokens[i].key) { i += 1 }
            guard i + 1 < sentence.upperBound, ["based", "stationed", "deployed", "garrisoned"].contains(tokens[i].key),
                  ["in", "at"].contains(tokens[i + 1].key) else { continue }
            let n = ms[k + 1]
            guard marker(before: n, notBefore: i + 1) == tokens[i + 1].key, [.city, .base, .state].contains(type(n)), mentions[n].entity != mentions[m].entity else { continue }
            let relation: RelationType = tokens[i].key == "deployed" || (type(n) == .state && type(m) != .organization) ? .deployedTo : .stationedAt
            emit(mentions[m].entity, relation, mentions[n].entity, sentence: s, rule: "whose-forces", span: span(m, n))
        }
    }

    /// "an air base … that is also housing US troops", "a base where US troops are located".
    func findHosting(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where type(m) == .base && !(mentions[m].start > sentence.lowerBound && ["near", "beside", "outside"].contains(tokens[mentions[m].start - 1].key)) {
            for n in ms[(k + 1)...] where FrameTable.forces.contains(type(n)) && mentions[n].isForces {
                let gap = gap(mentions[m].end, mentions[n].start)
                guard gap.count <= 16 else { break }
                let hosting = gap.contains { ["housing", "hosting", "houses", "hosts", "hosted", "housed"].contains($0.key) }
                let whereStationed = gap.contains { $0.key == "where" } && {
                    let tail = tokens[mentions[n].end..<min(mentions[n].end + 4, sentence.upperBound)]
                    return tail.contains { ["stationed", "located", "based", "deployed", "are", "were"].contains($0.key) }
                }()
                if hosting || whereStationed {
                    emit(mentions[n].entity, .stationedAt, mentions[m].entity, sentence: s, rule: hosting ? "base-hosting" : "base-where", span: span(m, n))
                }
            }
        }
    }
}

extension RelationFinder {
    /// "In neighbouring Mali, by contrast, Wagner fighters have been deployed alongside the army
    /// since 2021": a place set before the clause is where its forces are, and "the army" there
    /// is that state's, which the forces fight beside.
    func findFrontedPresence(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        guard sentence.count > 6, tokens[sentence.lowerBound].key == "in",
              let place = ms.first, [.state, .city].contains(type(place)), mentions[place].start <= sentence.lowerBound + 3,
              ((sentence.lowerBound + 1)..<mentions[place].start).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
              mentions[place].end < sentence.upperBound, tokens[mentions[place].end].text == "," else { return }
        // The clause after the place, past a short aside ("by contrast,").
        var start = mentions[place].end + 1
        if let comma = (start..<min(sentence.upperBound, start + 4)).first(where: { tokens[$0].text == "," }), mentionAt[start] == nil,
           (start..<comma).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) { start = comma + 1 }
        let end = (start..<sentence.upperBound).first(where: { cues[$0].contains(.clauseBoundary) && tokens[$0].text != "," }) ?? sentence.upperBound
        guard start < end, let actor = mentionAt[start] ?? (start + 1 < end ? mentionAt[start + 1] : nil), mentions[actor].start <= start + 1,
              isForcesMention(actor), mentions[actor].entity != mentions[place].entity else { return }
        let rest = mentions[actor].end..<end
        // Somewhere else named in the clause says where they are instead.
        guard !ms.contains(where: { mentions[$0].start >= rest.lowerBound && mentions[$0].start < rest.upperBound && [.state, .city, .base, .region].contains(type($0)) }) else { return }
        let present = rest.contains { Self.presenceWords.contains(tokens[$0]) || ["fought", "fighting", "fights", "guarded", "guard", "guards", "trained", "trains", "training"].contains(tokens[$0].key) }
        guard present, !rest.contains(where: { ["no", "not", "never", "longer", "left", "withdrew", "withdrawn"].contains(tokens[$0].key) }) else { return }
        let span = span(place, actor)
        emit(mentions[actor].entity, type(place) == .city ? .stationedAt : .deployedTo, mentions[place].entity, sentence: s, rule: "fronted-place", span: span)
        // "… alongside the army": the army of the state the clause is set in.
        if type(place) == .state, let a = rest.first(where: { ["alongside", "with"].contains(tokens[$0].key) }), a + 2 < end,
           tokens[a + 1].key == "the", ["army", "military", "armed"].contains(tokens[a + 2].key) {
            emit(mentions[place].entity, .cooperatesWith, mentions[actor].entity, sentence: s, rule: "fronted-place-alongside", span: span)
        }
    }
}
