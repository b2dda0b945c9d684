import Foundation
import NewsGraph

/// The names the extractor knows: states with their demonyms and capitals, alliances,
/// organizations, units, armed groups, media and places; given names; roles; name heads.
///
/// The built-in lexicon is data in the package's resources (`Resources/lexicon/*.json`); a
/// user adds or overrides entries with ``merge(contentsOf:)``. Every surface form is compiled
/// into ``NameIndex`` for longest-match lookup over tokens.
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]
    /// Folded given names ("abdourahamane", "celeste").
    public private(set) var givenNames: Set<String>
    public private(set) var roles: [RoleEntry]
    public private(set) var nameHeads: [NameHeadEntry]
    /// For each entry, the state it is the capital (or another seat of government) of.
    private(set) var capitalOf: [Int: Int] = [:]
    private(set) var index = NameIndex()
    /// Each word's key number and cues, in one probe.
    private(set) var words = WordCodes()
    private var roleTrie = RoleTrie([])
    /// The most tokens a role phrase spans ("chief of the defence staff": 5), so that callers
    /// look far enough ahead.
    private(set) var longestRole = 1
    /// Keys that are a whole role by themselves ("general", "minister", "spokesman").
    private var singleWordRoleKeys: WordSet = []
    /// ``givenNames``, probed by token.
    private var givenNameKeys: WordSet = []
    private var headIndex = WordTable<NameHeadEntry>([])
    private(set) var entryByName: [String: Int] = [:]
    /// Each entry's name folded (``NameKey/folded(_:)``), as compiling found it: a document
    /// folds a known entity's name without doing it again.
    private(set) var foldedNames: [String] = []
    /// Bodies and units by their other names too ("Russian Ministry of Defence"): a state's organ
    /// named in the text's own words is found under any of its spellings.
    private var organByForm: [String: Int] = [:]
    /// For each person entry, the folded last words of its other names ("deby" for Mahamat
    /// Idriss Déby Itno, "Mahamat Déby"): computed once, not for every document.
    private(set) var otherSurnames: [Int: [String]] = [:]

    public init(entries: [LexiconEntry], givenNames: Set<String> = [], roles: [RoleEntry] = [], nameHeads: [NameHeadEntry] = []) {
        self.entries = entries
        self.givenNames = Set(givenNames.map(Tokenizer.foldKey))
        self.roles = roles
        self.nameHeads = nameHeads
        compile()
    }

    /// The lexicon shipped in the package's resources.
    /// - Throws: ``LexiconError`` when the resources are in neither place ``builtInFolder(executableFolder:sourceFile:)``
    ///   looks, or a file is malformed (a packaging bug).
    public static func builtIn() throws -> Lexicon {
        guard let folder = builtInFolder(executableFolder: Bundle.main.bundleURL, sourceFile: #filePath) else {
            throw LexiconError(description: "the built-in lexicon is missing: copy \(resourceBundleName) beside the executable (\(Bundle.main.bundleURL.path))")
        }
        return try load(folder: folder)
    }

    /// The folder SwiftPM copies this target's resources to, beside the products it builds.
    static let resourceBundleName = "NewsGraph_Extraction.resources"

    /// Where the built-in lexicon is: in the resource folder beside the executable, as `swift
    /// build` lays it out (an install copies it with the executable), else in the source tree the
    /// module was built from (`sourceFile` is this file's path at build time); nil when in neither.
    /// Looked up here, not through `Bundle.module`, whose accessor stops the process when its
    /// bundle is missing: a copied executable would crash instead of saying what is wrong.
    static func builtInFolder(executableFolder: URL, sourceFile: String) -> URL? {
        let beside = executableFolder.appendingPathComponent(resourceBundleName).appendingPathComponent("lexicon")
        let source = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent("lexicon")
        return [beside, source].first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Loads every lexicon file of a folder laid out like the built-in one.
    public static func load(folder: URL) throws -> Lexicon {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        // Decoding is half of loading, and a short run's start waits for it: the files are
        // decoded on every core, then joined in name order.
        let decoded = ResultSlots<Result<LexiconPart, any Error>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            decoded.set(i, Result { try LexiconPart(decoding: files[i]) })
        }
        var entries: [LexiconEntry] = []
        var names: Set<String> = []
        var roles: [RoleEntry] = []
        var heads: [NameHeadEntry] = []
        for part in decoded.values {
            switch try part.get() {
            case .givenNames(let list): names.formUnion(list)
            case .roles(let list): roles += list
            case .nameHeads(let list): heads += list
            case .entries(let list): entries += list
            case .ignored: continue
            }
        }
        return Lexicon(entries: entries, givenNames: names, roles: roles, nameHeads: heads)
    }

    /// Adds or overrides entries from a YAML or JSON file of the same schema: an entry whose
    /// name is already known replaces the known one.
    /// - Throws: ``LexiconError`` naming the file, the line and the problem.
    public mutating func merge(contentsOf url: URL) throws {
        let added = try LexiconFile.decodeUserFile(url)
        for entry in added {
            if let i = entryByName[NameKey.folded(entry.name)] { entries[i] = entry } else { entries.append(entry) }
        }
        compile()
    }

    /// The entry for a canonical name, if known.
    public func entry(named name: String) -> LexiconEntry? {
        entryByName[NameKey.folded(name)].map { entries[$0] }
    }

    func entryIndex(named name: String) -> Int? { entryByName[NameKey.folded(name)] }

    /// The organization or unit a name or any alias names, if known.
    func organEntryIndex(named name: String) -> Int? {
        let key = NameKey.folded(name)
        return entryByName[key].flatMap { [.organization, .militaryUnit].contains(entries[$0].type) ? $0 : nil } ?? organByForm[key]
    }

    /// The state an entry belongs to, following `parent` through bodies (a general → the
    /// Pentagon → the United States); when that chain names no state within three steps, the
    /// state the person heads or headed (a former president now leading a rebel coalition).
    func homeState(of index: Int) -> String? {
        var name = entries[index].parent
        for _ in 0..<3 {
            guard let n = name, let entry = entry(named: n) else { break }
            if entry.type == .state { return entry.name }
            name = entry.parent
        }
        return entries[index].heads
    }

    /// The role a token sequence starting at `tokens[i]` names, longest first. It reads at most
    /// ``longestRole`` tokens, so callers may pass the rest of the sentence.
    func role(in tokens: Slice<TokenList>) -> (RoleEntry, length: Int)? {
        var node = RoleTrie.root
        var best: (RoleEntry, Int)?
        for (k, t) in tokens.prefix(longestRole).enumerated() {
            guard t.kind == .word || (t.text == "-" && k > 0) else { break }
            if t.text == "-" { continue }
            // No role goes on with this word: none is longer than the best found.
            guard let next = roleTrie.node(after: node, t) else { break }
            node = next
            if let role = roleTrie.role(at: node) { best = (role, k + 1) }
        }
        return best
    }

    /// The role phrase that ends just before `tokens[end]`, read back from its last word, the
    /// longest of `lengths` first: "the army chief of staff, General X" → "army chief of staff".
    /// It starts no earlier than `floor`, at a position `accept` allows.
    ///
    /// - Complexity: O(`lengths.upperBound`²): one ``role(in:)`` per length.
    func role(endingAt end: Int, in tokens: TokenList, notBefore floor: Int, lengths: ClosedRange<Int>,
              where accept: (Int) -> Bool = { _ in true }) -> (role: RoleEntry, start: Int)? {
        for length in lengths.reversed() where end - length >= floor {
            let start = end - length
            guard accept(start), let (role, found) = role(in: tokens[start..<end]), found == length else { continue }
            return (role, start)
        }
        return nil
    }

    /// True when the word is a role by itself: what `role(in:)` finds for one token, without
    /// building a key list (titles are asked for on hot paths).
    func isSingleWordRole(_ token: Token) -> Bool { token.kind == .word && singleWordRoleKeys.contains(token) }

    /// The name head a word is ("Ministry", "Base"), if any.
    func head(_ token: Token) -> NameHeadEntry? { headIndex[token] }

    /// A known given name, or an Arabic theophoric one ("Abdulghani", "Abdelkarim": "Abd" and a
    /// name of God), which no list can hold all of.
    func isGivenName(_ token: Token) -> Bool { givenNameKeys.contains(token) || Self.isTheophoric(token.key) }
    static func isTheophoric(_ key: String) -> Bool {
        key.utf8.count >= 7 && key.utf8.first == 0x61 && (key.hasPrefix("abdul") || key.hasPrefix("abdel") || key.hasPrefix("abdoul") || key.hasPrefix("abdal") || key.hasPrefix("abdur") || key.hasPrefix("abder"))
    }
    func isGivenName(_ key: String) -> Bool { givenNameKeys.contains(key) }

    private mutating func compile() {
        // Capitals become city entries of their own, remembered (with any other seat of
        // government) as the state's seat.
        var byName: [String: Int] = [:]
        foldedNames = entries.map { NameKey.folded($0.name) }
        for (i, (entry, key)) in zip(entries, foldedNames).enumerated() {
            if byName[key] == nil || entry.type == .state { byName[key] = i }
        }
        capitalOf = [:]
        for (i, entry) in entries.enumerated() where entry.type == .state {
            guard let capital = entry.capital, !capital.isEmpty else { continue }
            let key = NameKey.folded(capital)
            if let existing = byName[key], entries[existing].type == .city {
                capitalOf[existing] = i
            } else if byName[key] == nil {
                var city = LexiconEntry(name: capital, type: .city)
                city.country = entry.name
                entries.append(city)
                foldedNames.append(key)
                byName[key] = entries.count - 1
                capitalOf[entries.count - 1] = i
            }
            // A seat of government apart from the capital is known as a city of its own.
            if let seat = entry.seat, let existing = byName[NameKey.folded(seat)], entries[existing].type == .city {
                capitalOf[existing] = i
            }
        }
        entryByName = byName
        organByForm = [:]
        for (i, entry) in entries.enumerated() where entry.type == .organization || entry.type == .militaryUnit {
            for alias in entry.aliases ?? [] {
                let key = NameKey.folded(alias)
                if organByForm[key] == nil { organByForm[key] = i }
            }
        }
        // The name index is the largest part of compiling; a second core builds it while this
        // one builds the role and head tables.
        let indexed = ResultSlots<(NameIndex, WordCodes)>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [entries] in
            let index = NameIndex(entries: entries)
            indexed.set(0, (index, WordCodes(index: index)))
        }
        otherSurnames = [:]
        for (i, entry) in entries.enumerated() where entry.type == .person {
            let surnames = (entry.aliases ?? []).compactMap { alias -> String? in
                let words = NameKey.folded(alias).split(separator: " ")
                return words.count > 1 ? words.last.map(String.init) : nil
            }
            if !surnames.isEmpty { otherSurnames[i] = surnames }
        }
        longestRole = 1
        var phrases: [(keys: [String], role: RoleEntry)] = [], singleWordRoles: [String] = []
        for role in roles {
            for form in [role.phrase] + (role.abbreviations ?? []) {
                let formTokens = Tokenizer.tokenize(NormalizedText(form))
                let keys = formTokens.filter { $0.kind == .word }.map(\.key)
                longestRole = max(longestRole, formTokens.count)
                phrases.append((keys, role))
                if keys.count == 1 { singleWordRoles.append(keys[0]) }
            }
        }
        roleTrie = RoleTrie(phrases)
        singleWordRoleKeys = WordSet(singleWordRoles)
        givenNameKeys = WordSet(givenNames)
        var heads: [(String, NameHeadEntry)] = []
        var seenHeads: Set<String> = []
        for head in nameHeads {
            let keys = Tokenizer.tokenize(NormalizedText(head.head)).filter { $0.kind == .word }.map(\.key)
            guard let key = head.position == .first ? keys.first : keys.last else { continue }
            if seenHeads.insert(key).inserted { heads.append((key, head)) }
        }
        headIndex = WordTable(heads)
        group.wait()
        (index, words) = indexed.values[0]
    }
}

/// A lexicon file that cannot be used: one line naming the file, the line and the problem.
public struct LexiconError: Error, CustomStringConvertible {
    public let description: String
}
