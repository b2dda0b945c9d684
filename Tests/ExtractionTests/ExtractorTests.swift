import Testing
import Foundation
import NewsGraph
@testable import Extraction

/// Small texts written for these tests; each checks one construction.
@Suite struct ExtractorTests {
    static let lexicon = try! Lexicon.builtIn()

    private func graph(_ text: String) -> TypedGraph {
        Extractor(lexicon: Self.lexicon).extract(SourceDocument(id: "d1", source: "t.txt", text: text))
    }

    private func has(_ g: TypedGraph, _ s: String, _ r: RelationType, _ t: String) -> Bool {
        guard let a = try? g.resolveEntity(s), let b = try? g.resolveEntity(t) else { return false }
        return g.relations.contains { $0.type == r && (($0.source == a.id && $0.target == b.id) || (r.isSymmetric && $0.source == b.id && $0.target == a.id)) }
    }

    @Test func demonymsAndCapitalsFoldIntoStates() throws {
        let g = graph("Nigerien officials met Moscow's envoy. Embassies in Washington stayed closed.")
        #expect(try g.resolveEntity("Nigerien").id == "niger")
        #expect(try g.resolveEntity("Moscow").id == "russia")
        #expect(g.entity(id: "washington")?.type == .city)
    }

    /// A state's armed forces as a whole fold into the state, whatever they call themselves,
    /// and so does the acronym defined after them.
    @Test func nationalArmedForcesFoldIntoStates() throws {
        let g = graph("The Uganda People's Defence Force and the Ethiopian National Defense Force (ENDF) met. The Armed Forces of Mali (FAMa) and ENDF officers spoke. The Ghana Armed Forces (GAF) trained.")
        #expect(try g.resolveEntity("Uganda People's Defence Force").id == "uganda")
        #expect(try g.resolveEntity("ENDF").id == "ethiopia")
        #expect(try g.resolveEntity("FAMa").id == "mali")
        #expect(try g.resolveEntity("GAF").id == "ghana")
        #expect(!g.entities.contains { $0.type != .state })
    }

    /// "West African" names West Africa as a place the text speaks of; "Western" names no West,
    /// and the West African States of ECOWAS's name are no mention of the region.
    @Test func aRegionMetAsAnAdjectiveOnlyWhereTheAdjectiveNamesIt() {
        let named = graph("French troops left the West African country in 2022. Western governments protested.")
        #expect(named.entities.contains { $0.name == "West Africa" && $0.type == .region })
        #expect(!named.entities.contains { $0.name == "West" })
        let inName = graph("The Economic Community of West African States suspended Mali.")
        #expect(!inName.entities.contains { $0.name == "West Africa" })
    }

    /// A person the lexicon knows by a shorter name ("Brice Oligui Nguema") is the person the
    /// text named in full ("Brice Clotaire Oligui Nguema"), and keeps what the lexicon knows.
    @Test func aFullNameAndTheLexiconsShorterNameAreOnePerson() {
        let g = graph("General Brice Clotaire Oligui Nguema won the vote. Oligui Nguema was sworn in on May 3.")
        let people = g.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Brice Clotaire Oligui Nguema")
        #expect(people.first?.aliases.contains("Oligui Nguema") == true)
    }

    @Test func namesTheLexiconMissesAreFoundByForm() throws {
        let text = "Abdulghani al-Kikli was killed at a camp of the 444 Brigade. Radaa holds the Souq al-Jumaa district. "
            + "Elders told Hobyo Online that the fighting went on in the Hiran region. In Hiran, al-Shabaab took villages from the Somali National Army (SNA). The SNA withdrew. "
            + "The letter was seen by Kalamu, the Tanzanian news agency, and by Sauti FM, a private radio station. "
            + "The largest opposition party, Ukweli, was barred, and Juma Mpina, the candidate of ACT-Wazalendo, was disqualified. "
            + "Crowds marched in Dar es Salaam, Arusha and Mwanza. In Zanzibar, Hussein Mwinyi of the CCM won. "
            + "Officials banned the Malian Party for Renewal. Gunmen stormed the home of senior minister Kasongo Mbala. "
            + "They raided the Kissy military barracks, broke open the Mabela Road prison and occupied the Palais de Koulouba; the Kissy barracks fell first. "
            + "The opposition Kambia People's Congress (KPC) blamed the Zambia People's Defence Force (ZPDF). The KPC and the ZPDF traded charges. "
            + "Troops were sent to the Kirem, Dalo and Ufa regions and to Dolow, the capital of Kessa. "
            + "Jets took off from a base in Syria's Latakia province. Drones struck the Kayes region. "
            + "The ECOWAS Stabilisation Support Mission in Guinea-Bissau (SSMGB) left. The Southern African Development Community Mission in Mozambique (SAMIM) withdrew. "
            + "The governor fell out with Obuko Tamuno, who is now a minister. "
            + "Two of the dead worked for KORAVA, a Lyon-based aid organisation. The group named the victims in its weekly newsletter, al-Sabil. "
            + "The Kessa Interim Administration met, and so did the Minister of Rural Administration."
        let g = Extractor(lexicon: Self.lexicon).extract(SourceDocument(id: "d1", source: "t.txt", text: text))
        #expect(g.entities.first { $0.name == "Abdulghani al-Kikli" }?.type == .person)
        #expect(g.entities.first { $0.name == "444 Brigade" }?.type == .militaryUnit)
        #expect(g.entities.first { $0.name == "Souq al-Jumaa" }?.type == .region)
        #expect(g.entities.first { $0.name == "Hobyo Online" }?.type == .media)
        #expect(g.entities.first { $0.name == "Kalamu" }?.type == .media)
        #expect(g.entities.first { $0.name == "Sauti FM" }?.type == .media)
        // A name set off after what it is; a town listed after towns; a person before "of" and an acronym.
        #expect(g.entities.first { $0.name == "Ukweli" }?.type == .organization)
        #expect(g.entities.first { $0.name == "Juma Mpina" }?.type == .person)
        #expect(!g.entities.contains { $0.name == "Wazalendo" })
        #expect(g.entities.first { $0.name == "Mwanza" }?.type == .city)
        #expect(g.entities.first { $0.name == "Hussein Mwinyi" }?.type == .person)
        // An unknown acronym set off before a hyphened description of a charity; an outlet named
        // after "newsletter"; "Administration" heads a body's name, not a minister's portfolio.
        #expect(g.entities.first { $0.name == "KORAVA" }?.type == .organization)
        #expect(g.entities.first { $0.name == "al-Sabil" }?.type == .media)
        #expect(g.entities.first { $0.name == "Kessa Interim Administration" }?.type == .organization)
        #expect(!g.entities.contains { $0.name.hasSuffix("Rural Administration") })
        // A name that "who" takes up is a person's.
        #expect(g.entities.first { $0.name == "Obuko Tamuno" }?.type == .person)
        // A demonym that opens a body's name, whose head comes before "for".
        #expect(g.entities.first { $0.name == "Malian Party for Renewal" }?.type == .organization)
        // A name straight after a role in lower case.
        #expect(g.entities.first { $0.name == "Kasongo Mbala" }?.type == .person)
        // A town with an area noun after it is the area, unless the lexicon knows the area.
        #expect(g.entities.first { $0.name == "Latakia province" }?.type == .region)
        #expect(!g.entities.contains { $0.name == "Latakia" })
        #expect(g.entities.first { $0.name == "Kayes Region" }?.type == .region)
        // A mission's name defined with its acronym goes on over "in" and its country.
        #expect(g.entities.contains { $0.name == "ECOWAS Stabilisation Support Mission in Guinea-Bissau" && $0.aliases.contains("SSMGB") })
        #expect(!g.entities.contains { $0.name == "Southern African Development Community Mission" })
        // Barracks, prisons and palaces are compounds typed as bases; a barracks is one whatever
        // its qualifier.
        let barracks = try #require(g.entities.first { $0.name == "Kissy Barracks" })
        #expect(barracks.type == .base && barracks.mentions == 2)
        #expect(g.entities.first { $0.name == "Mabela Road Prison" }?.type == .base)
        #expect(g.entities.first { $0.name == "Palais de Koulouba" }?.type == .base)
        // A name goes on past "People's"; a people's defence force is its state.
        let party = try #require(g.entities.first { $0.name == "Kambia People's Congress" })
        #expect(party.aliases.contains("KPC") && party.mentions == 3)
        #expect(g.entities.first { $0.name == "Zambia" }?.aliases.contains("ZPDF") == true)
        // Names before a plural area noun are areas; an unknown name a capital is "the capital
        // of" is a region's.
        for region in ["Kirem", "Dalo", "Ufa", "Kessa"] { #expect(g.entities.first { $0.name == region }?.type == .region, "\(region)") }
        // A bare name the text also gives with "region" after it is that region.
        #expect(!g.entities.contains { $0.name == "Hiran" })
        // An acronym spelled by the name before it names that name, whatever the lexicon knows by it.
        let somalia = try #require(g.entities.first { $0.name == "Somalia" })
        #expect(somalia.aliases.contains("SNA"))
        #expect(!g.entities.contains { $0.name == "Syrian National Army" })
    }

    @Test func aNameGivenWithKnownAsNamesTheEntityFromThenOn() {
        let text = "Decrees moved against the Special Deterrence Force, better known as Radaa, which holds the airport. "
            + "Radaa, led by Abdul Raouf Kara, is larger. Many relied on clan militias known as Macawisley. The SSA was rooted in the Abu Salim district."
        let g = Extractor(lexicon: Self.lexicon).extract(SourceDocument(id: "d1", source: "t.txt", text: text))
        let force = g.entities.first { $0.name == "Special Deterrence Force" }
        #expect(force?.aliases.contains("Radaa") == true)
        #expect(!g.entities.contains { $0.name == "Radaa" })
        #expect(g.relations.contains { $0.type == .leads && $0.target == force?.id })
        #expect(g.entities.first { $0.name == "Macawisley" || $0.aliases.contains("Macawisley") }?.type == .armedGroup)
        #expect(g.entities.first { $0.name == "Abu Salim" }?.type == .region)
        // (A common noun opening the sentence is no part of the area's name.)
        let other = Extractor(lexicon: Self.lexicon).extract(SourceDocument(id: "d2", source: "t.txt", text: "Residents of the Faladie district heard gunfire."))
        #expect(!other.entities.contains { $0.name.hasPrefix("Residents") })
    }

    @Test func deploymentToABaseInAState() {
        let g = graph("Russian soldiers entered Air Base 101 in Niger last week.")
        #expect(has(g, "Russia", .deployedTo, "Air Base 101"))
        #expect(has(g, "Air Base 101", .locatedIn, "Niger"))
        #expect(has(g, "Russia", .deployedTo, "Niger"))
        let relation = g.relations.first { $0.type == .deployedTo }!
        #expect(relation.evidence.first?.text == "Russian soldiers entered Air Base 101 in Niger last week.")
        #expect(relation.evidence.first?.start == 0)
    }

    @Test func titlesAndAppositions() {
        let g = graph("Kremlin spokesman Dmitry Peskov spoke. Russian President Vladimir Putin agreed.")
        #expect(has(g, "Dmitry Peskov", .spokespersonFor, "Kremlin"))
        #expect(has(g, "Vladimir Putin", .leads, "Russia"))
    }

    /// A text may stop on any word: the rules that look a token ahead must not read past the last
    /// one (the fuzzer found "… Oligui Nguema sworn in" at the end of a file trapping).
    @Test(arguments: ["Goita became", "Assimi Goita was named", "Tiani takes", "Tiani took over", "Tiani was sworn in"])
    func aTextEndingOnAVerbIsRead(_ text: String) {
        let g = graph(text)
        #expect(g.relations.isEmpty)
    }

    /// Nor before the text's first word: a body's part named at its very start (the fuzzer found
    /// this trapping as well).
    @Test func aDescriptionOpeningTheTextIsRead() {
        let g = graph("Southern African Development Community's mission in Mozambique ended.")
        #expect(g.entities.contains { $0.name == "Mozambique" })
    }

    /// Nor before the clause: a verb that opens it has no officials before it (the fuzzer's input,
    /// reduced to the words that still trapped).
    @Test func aVerbOpeningTheTextIsRead() {
        let g = graph("met in Niger the junta one week to Moh")
        #expect(g.entities.contains { $0.name == "Niger" })
    }

    /// Nor past the clause: a parenthesis opens a clause of its own, and the sides of a war named
    /// inside one are not looked for as if they stood in the clause before it (the fuzzer found
    /// this trapping too).
    @Test func theSidesOfAWarInParenthesesAreRead() {
        let g = graph("The war between (the Sudanese Armed Forces and the Rapid Support Forces) goes on.")
        #expect(g.entities.contains { $0.name == "Rapid Support Forces" })
    }

    /// Every rule, at every edge: a text cut at any word, from either side, is read without a trap.
    /// Each of these bundled reports is cut at every word, so that the cuts fall inside names,
    /// lists, appositions and clauses of every kind the rules read. Each had a cut that trapped
    /// before positions outside the text read as boundaries and backwards ranges as empty: a text
    /// opening on "partners in the G5 Sahel, also attended.", one opening on "at war with the junta
    /// and attacked …", one ending on "ordered out by the National Council".
    @Test(arguments: ["dev2/03-chad-buries-deby-as-son-takes-over.txt", "dev3/04-germany-leaves-niamey.txt", "dev3/08-minusma-leaves-mali.txt"])
    func everyCutOfAReportIsRead(_ report: String) throws {
        let file = SeedCorpusTests.packageRoot.appendingPathComponent("examples/sahel-eval/\(report)")
        let words = try String(contentsOf: file, encoding: .utf8).split(separator: " ", omittingEmptySubsequences: false)
        #expect(words.count > 300)
        let extractor = Extractor(lexicon: Self.lexicon)
        for cut in words.indices.dropFirst() {
            for part in [words[..<cut], words[cut...]] {
                _ = extractor.extract(SourceDocument(id: "d", source: file.lastPathComponent, text: part.joined(separator: " ")))
            }
        }
    }

    @Test func negatedStatementsAreNotFacts() {
        let g = graph("Officials said Russian troops did not enter Air Base 101.")
        #expect(!has(g, "Russia", .deployedTo, "Air Base 101"))
        let kept = Extractor(lexicon: Self.lexicon, keepUnasserted: true).extract(SourceDocument(id: "d1", source: "t", text: "Officials said Russian troops did not enter Air Base 101."))
        #expect(kept.relations.contains { $0.type == .deployedTo && $0.modality == .negated })
    }

    @Test func possessiveOrgansTakeTheAdjective() {
        let g = graph("Russia's Defense Ministry announced the plan.")
        #expect(has(g, "Russian Defense Ministry", .partOf, "Russia"))
    }

    /// "Ministry of …" after a state's possessive is that state's ministry: not another state's
    /// that the lexicon knows by the same words, nor one node for every state's.
    @Test func aPossessiveOrganNamedBeforeOfIsTheStatesOwn() throws {
        let g = graph("Chad's Ministry of Defence and Togo's Ministry of Foreign Affairs replied. Russia's Ministry of Defence did not.")
        #expect(!g.entities.contains { $0.name == "UK Ministry of Defence" || $0.name == "Ministry of Foreign Affairs" })
        #expect(has(g, "Togolese Ministry of Foreign Affairs", .partOf, "Togo"))
        #expect(try g.resolveEntity("Chad's Ministry of Defence").id != g.resolveEntity("Russia's Ministry of Defence").id)
        // The lexicon's entry, found under another of its spellings.
        #expect(try g.resolveEntity("Russia's Ministry of Defence").name == "Russian Defense Ministry")
    }

    /// A demonym before a name the lexicon knows qualifies it: "the Russian Wagner Group" is
    /// the Wagner Group.
    @Test func aDemonymBeforeAKnownNameQualifiesIt() {
        let g = graph("The army, backed by fighters of the Russian Wagner Group, retook the town.")
        #expect(g.entities.contains { $0.name == "Wagner Group" && $0.type == .armedGroup })
        #expect(!g.entities.contains { $0.name == "Russian Wagner Group" })
    }
}
