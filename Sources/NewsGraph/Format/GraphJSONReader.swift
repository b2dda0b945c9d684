#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A byte-level reader for the graph JSON, specialized for its shape: one pass over the bytes,
/// no intermediate JSON tree, values decoded straight into the model types.
///
/// It decides only what it is sure of: it accepts a file that `JSONDecoder` would decode to the
/// same values. Anything else it is unsure of, such as a value of the wrong type, a repeated key,
/// a string that is not valid UTF-8 or an integer written `1e3`, makes it answer
/// ``Outcome/fallback``: the caller then decodes the file with `JSONDecoder` and gets exactly the
/// old values and messages. A syntax error is confirmed the same way, since `JSONDecoder` lets
/// some slips pass (a bad escape in a string it never decodes). Those are files a program never
/// writes, so the slow path costs nothing in practice.
struct GraphJSONReader {
    struct Parts {
        var format: String?
        var version: Int?
        var directed: Bool?
        var documents: [Document] = []
        var entities: [Entity] = []
        var relations: [Relation] = []
        /// `entities` or `relations` is missing or null: an error, but only after the header
        /// checks, and `JSONDecoder` says which.
        var missingList = false
    }

    enum Outcome {
        /// The file parsed; `header` and the lists are what `JSONDecoder` would have decoded,
        /// except that the header may still fail the format or version checks.
        case parts(Parts)
        /// Not valid JSON: the one-line message.
        case syntaxError(String)
        /// Decode it with `JSONDecoder` to get its exact behaviour.
        case fallback
    }

    static func read(_ data: Data) -> Outcome {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Outcome in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, bytes.count > 0 else { return .fallback }
            var reader = GraphJSONReader(base: base, count: bytes.count)
            do throws(Failure) {
                let parts = try reader.readDocument()
                return reader.needsFallback ? .fallback : .parts(parts)
            } catch {
                switch error {
                case .fallback:
                    return .fallback
                case .syntax(let offset, let atEnd):
                    if atEnd { return .syntaxError("not valid JSON (it ends too early: truncated?)") }
                    return .syntaxError("not valid JSON at line \(reader.line(of: offset))")
                }
            }
        }
    }

    enum Failure: Error {
        /// Invalid JSON at this byte offset; `atEnd` when the input ended inside a value.
        case syntax(offset: Int, atEnd: Bool)
        /// Stop at once and let `JSONDecoder` decide.
        case fallback
    }

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var i = 0
    /// Set when something was read that only `JSONDecoder` can judge exactly (a wrong type, a
    /// number form it may convert): reading goes on to find syntax errors, which come first.
    private(set) var needsFallback = false
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []
    /// Document ids seen in evidence, so that a million citations of "d1" share one string.
    private var interned: [String: String] = [:]

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.end = count
    }

    func line(of offset: Int) -> Int {
        var line = 1
        var k = 0
        let stop = min(offset, end)
        while k < stop {
            if base[k] == UInt8(ascii: "\n") { line += 1 }
            k += 1
        }
        return line
    }

    // MARK: Lexing

    @inline(__always)
    private mutating func skipWhitespace() {
        while i < end {
            let c = base[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    @inline(__always)
    private func syntaxError() -> Failure { .syntax(offset: i, atEnd: i >= end) }

    /// The next non-whitespace byte, not consumed.
    @inline(__always)
    private mutating func peek() throws(Failure) -> UInt8 {
        skipWhitespace()
        guard i < end else { throw syntaxError() }
        return base[i]
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard try peek() == byte else { throw syntaxError() }
        i += 1
    }

    /// After a member or element: true for `,` (more follow), false for the closing byte.
    @inline(__always)
    private mutating func more(closing: UInt8) throws(Failure) -> Bool {
        let c = try peek()
        i += 1
        if c == UInt8(ascii: ",") {
            // `JSONDecoder` takes a trailing comma (`[1,]`, `{"a":1,}`); so does this reader.
            if try peek() == closing { i += 1; return false }
            return true
        }
        if c == closing { return false }
        i -= 1
        throw syntaxError()
    }

    /// Starts an object: consumes `{` and returns false when it is empty (`{}` consumed).
    private mutating func openObject() throws(Failure) -> Bool {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return false }
        return true
    }

    private mutating func openArray() throws(Failure) -> Bool {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") { i += 1; return false }
        return true
    }

    /// Reads a member's key and its colon; returns the raw bytes of a key without escapes.
    /// A key with escapes is compared after decoding, as `JSONDecoder` does: here, it falls back.
    private mutating func key() throws(Failure) -> UnsafeBufferPointer<UInt8> {
        guard try peek() == UInt8(ascii: "\"") else { throw syntaxError() }
        i += 1
        let start = i
        var ascii = true
        while i < end {
            let c = base[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") { throw .fallback }
            if c < 0x20 { throw syntaxError() }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        guard i < end else { throw syntaxError() }
        let bytes = UnsafeBufferPointer(start: base + start, count: i - start)
        if !ascii, String(validating: bytes, as: UTF8.self) == nil { throw .fallback }
        i += 1
        try expect(UInt8(ascii: ":"))
        return bytes
    }

    @inline(__always)
    private func isNull() -> Bool {
        base[i] == UInt8(ascii: "n")
    }

    /// Reads a string value. The caller has checked that the next byte is `"`.
    private mutating func string() throws(Failure) -> String {
        i += 1
        let start = i
        var ascii = true
        while i < end {
            let c = base[i]
            if c == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: base + start, count: i - start)
                i += 1
                if ascii { return String(decoding: bytes, as: UTF8.self) }
                guard let s = String(validating: bytes, as: UTF8.self) else { throw .fallback }
                return s
            }
            if c == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if c < 0x20 { throw syntaxError() }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        throw syntaxError()
    }

    /// The slow path of ``string()``: `i` is at the first backslash.
    private mutating func escapedString(from start: Int) throws(Failure) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
        while i < end {
            let c = base[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: scratch, as: UTF8.self) else { throw .fallback }
                return s
            }
            if c < 0x20 { throw syntaxError() }
            if c != UInt8(ascii: "\\") {
                scratch.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < end else { throw syntaxError() }
            let e = base[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 1 < end, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") else { throw .fallback }
                    i += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw .fallback }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw .fallback
                }
                appendUTF8(scalar)
            default:
                i -= 1
                throw syntaxError()
            }
        }
        throw syntaxError()
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard i < end else { throw syntaxError() }
            let c = base[i]
            let digit: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw syntaxError()
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }

    private mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case ..<0x80:
            scratch.append(UInt8(v))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | (v >> 6)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | (v >> 12)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (v >> 18)))
            scratch.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Scans a number by the JSON grammar; returns its byte range and whether it is a plain
    /// integer (no fraction, no exponent).
    private mutating func scanNumber() throws(Failure) -> (start: Int, plain: Bool) {
        let start = i
        var plain = true
        if i < end && base[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end else { throw syntaxError() }
        if base[i] == UInt8(ascii: "0") {
            i += 1
        } else if base[i] >= UInt8(ascii: "1") && base[i] <= UInt8(ascii: "9") {
            while i < end && base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") { i += 1 }
        } else {
            throw syntaxError()
        }
        if i < end && base[i] == UInt8(ascii: ".") {
            plain = false
            i += 1
            guard i < end else { throw syntaxError() }
            guard base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") else { throw syntaxError() }
            while i < end && base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") { i += 1 }
        }
        if i < end && (base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E")) {
            plain = false
            i += 1
            if i < end && (base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < end else { throw syntaxError() }
            guard base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") else { throw syntaxError() }
            while i < end && base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") { i += 1 }
        }
        return (start, plain)
    }

    /// Reads an integer value. Anything but a plain integer that surely fits (a fraction, an
    /// exponent, 19 digits or more, another type) is left to `JSONDecoder`.
    private mutating func int() throws(Failure) -> Int {
        let c = try peek()
        guard c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) else {
            try skipValue()
            needsFallback = true
            return 0
        }
        let (start, plain) = try scanNumber()
        var k = start
        let negative = base[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        guard plain, i - k <= 18 else {
            needsFallback = true
            return 0
        }
        var value = 0
        while k < i {
            value = value &* 10 &+ Int(base[k] &- UInt8(ascii: "0"))
            k += 1
        }
        return negative ? -value : value
    }

    /// Reads a number as a `Double`, correctly rounded (`strtod`), as `JSONDecoder` does.
    private mutating func double() throws(Failure) -> Double {
        let c = try peek()
        guard c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) else {
            try skipValue()
            needsFallback = true
            return 0
        }
        let (start, plain) = try scanNumber()
        let count = i - start
        if plain && count <= 15 {
            // Exactly representable: up to 15 digits.
            var k = start
            let negative = base[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            var value = 0
            while k < i { value = value * 10 + Int(base[k] - UInt8(ascii: "0")); k += 1 }
            return negative ? (value == 0 ? -0.0 : -Double(value)) : Double(value)
        }
        var text = [CChar](repeating: 0, count: count + 1)
        for k in 0..<count { text[k] = CChar(bitPattern: base[start + k]) }
        let value = text.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
        if !value.isFinite || (value == 0 && hasNonZeroDigit(from: start, to: i)) {
            // Out of range: `JSONDecoder`'s business.
            needsFallback = true
        }
        return value
    }

    private func hasNonZeroDigit(from start: Int, to stop: Int) -> Bool {
        var k = start
        while k < stop {
            let c = base[k]
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { return false }
            if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") { return true }
            k += 1
        }
        return false
    }

    /// Reads `true` or `false`; anything else is left to `JSONDecoder`.
    private mutating func bool() throws(Failure) -> Bool {
        let c = try peek()
        if c == UInt8(ascii: "t") { try literal("true"); return true }
        if c == UInt8(ascii: "f") { try literal("false"); return false }
        try skipValue()
        needsFallback = true
        return false
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let p = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            guard i < end else { throw syntaxError() }
            guard base[i] == p[k] else { throw syntaxError() }
            i += 1
        }
    }

    /// Reads a string value, or marks the file for `JSONDecoder` when the value is another type.
    private mutating func stringValue() throws(Failure) -> String {
        guard try peek() == UInt8(ascii: "\"") else {
            try skipValue()
            needsFallback = true
            return ""
        }
        return try string()
    }

    /// Reads `null` when it comes next (true), for the optional members `decodeIfPresent` reads.
    @inline(__always)
    private mutating func null() throws(Failure) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Skips any JSON value, checking its syntax (and, for its strings, what ``string()`` checks).
    private mutating func skipValue() throws(Failure) {
        var closers: [UInt8] = []
        while true {
            switch try peek() {
            case UInt8(ascii: "{"):
                i += 1
                if try peek() == UInt8(ascii: "}") {
                    i += 1
                } else {
                    try skipKey()
                    closers.append(UInt8(ascii: "}"))
                    // `JSONDecoder` refuses deep nesting its own way.
                    if closers.count > 200 { throw .fallback }
                    continue
                }
            case UInt8(ascii: "["):
                i += 1
                if try peek() == UInt8(ascii: "]") {
                    i += 1
                } else {
                    closers.append(UInt8(ascii: "]"))
                    if closers.count > 200 { throw .fallback }
                    continue
                }
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
            default: throw syntaxError()
            }
            // After a value: close what ends here, or go on to the next element or member.
            while let closer = closers.last {
                let c = try peek()
                if c == UInt8(ascii: ",") {
                    i += 1
                    if try peek() == closer {
                        i += 1
                        closers.removeLast()
                        continue
                    }
                    if closer == UInt8(ascii: "}") { try skipKey() }
                    break
                }
                guard c == closer else { throw syntaxError() }
                i += 1
                closers.removeLast()
            }
            if closers.isEmpty { return }
        }
    }

    private mutating func skipKey() throws(Failure) {
        guard try peek() == UInt8(ascii: "\"") else { throw syntaxError() }
        _ = try string()
        try expect(UInt8(ascii: ":"))
    }

    // MARK: The graph

    @inline(__always)
    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }

    /// Notes a known member; a repeated one is left to `JSONDecoder`.
    @inline(__always)
    private mutating func note(_ bit: UInt32, in seen: inout UInt32) {
        if seen & bit != 0 { needsFallback = true }
        seen |= bit
    }

    mutating func readDocument() throws(Failure) -> Parts {
        // UTF-16 and UTF-32 (a zero byte among the first four), a byte-order mark, or a top level
        // that is not an object: `JSONDecoder` detects and reports these its own way.
        for k in 0..<min(4, end) where base[k] == 0 { throw .fallback }
        guard try peek() == UInt8(ascii: "{") else { throw .fallback }
        var parts = Parts()
        var seen: UInt32 = 0
        var hasEntities = false, hasRelations = false
        if try openObject() {
            repeat {
                let k = try key()
                if Self.equal(k, "relations") {
                    note(1, in: &seen)
                    hasRelations = try list(into: &parts.relations) { r throws(Failure) in try r.relation() }
                } else if Self.equal(k, "entities") {
                    note(2, in: &seen)
                    hasEntities = try list(into: &parts.entities) { r throws(Failure) in try r.entity() }
                } else if Self.equal(k, "documents") {
                    note(4, in: &seen)
                    _ = try list(into: &parts.documents) { r throws(Failure) in try r.document() }
                } else if Self.equal(k, "format") {
                    note(8, in: &seen)
                    if try !null() { parts.format = try stringValue() }
                } else if Self.equal(k, "version") {
                    note(16, in: &seen)
                    if try !null() { parts.version = try int() }
                } else if Self.equal(k, "directed") {
                    note(32, in: &seen)
                    if try !null() { parts.directed = try bool() }
                } else {
                    try skipValue()
                }
            } while try more(closing: UInt8(ascii: "}"))
        }
        skipWhitespace()
        guard i == end else { throw syntaxError() }
        parts.missingList = !hasEntities || !hasRelations
        return parts
    }

    /// Reads an array member into `items`; `null` leaves it empty and returns false, as does a
    /// value of another type (which also marks the file for `JSONDecoder`).
    private mutating func list<T>(into items: inout [T], _ element: (inout GraphJSONReader) throws(Failure) -> T) throws(Failure) -> Bool {
        if try null() { return false }
        guard try peek() == UInt8(ascii: "[") else {
            try skipValue()
            needsFallback = true
            return false
        }
        if try openArray() {
            repeat {
                // Once `JSONDecoder` has to decide, only the syntax is left to check.
                if needsFallback {
                    try skipValue()
                } else {
                    items.append(try element(&self))
                }
            } while try more(closing: UInt8(ascii: "]"))
        }
        if needsFallback { items = [] }
        return true
    }

    /// Starts an element that must be an object; false (skipped, marked) when it is not.
    private mutating func objectElement() throws(Failure) -> Bool {
        guard try peek() == UInt8(ascii: "{") else {
            try skipValue()
            needsFallback = true
            return false
        }
        return true
    }

    mutating func document() throws(Failure) -> Document {
        var document = Document(id: "", source: "")
        guard try objectElement() else { return document }
        var seen: UInt32 = 0
        if try openObject() {
            repeat {
                let k = try key()
                if Self.equal(k, "id") {
                    note(1, in: &seen)
                    document.id = try stringValue()
                } else if Self.equal(k, "source") {
                    note(2, in: &seen)
                    document.source = try stringValue()
                } else if Self.equal(k, "title") {
                    note(4, in: &seen)
                    if try !null() { document.title = try stringValue() }
                } else if Self.equal(k, "date") {
                    note(8, in: &seen)
                    if try !null() { document.date = try stringValue() }
                } else if Self.equal(k, "sha256") {
                    note(16, in: &seen)
                    if try !null() { document.sha256 = try stringValue() }
                } else {
                    try skipValue()
                }
            } while try more(closing: UInt8(ascii: "}"))
        }
        if seen & 3 != 3 { needsFallback = true }
        return document
    }

    mutating func entity() throws(Failure) -> Entity {
        var entity = Entity(id: "", name: "", type: .other)
        guard try objectElement() else { return entity }
        var seen: UInt32 = 0
        if try openObject() {
            repeat {
                let k = try key()
                if Self.equal(k, "id") {
                    note(1, in: &seen)
                    entity.id = try stringValue()
                } else if Self.equal(k, "name") {
                    note(2, in: &seen)
                    entity.name = try stringValue()
                } else if Self.equal(k, "type") {
                    note(4, in: &seen)
                    if try !null() {
                        let raw = try stringValue()
                        if let type = EntityType(rawValue: raw) { entity.type = type } else { needsFallback = true }
                    }
                } else if Self.equal(k, "aliases") {
                    note(8, in: &seen)
                    if try !null() {
                        guard try peek() == UInt8(ascii: "[") else {
                            try skipValue()
                            needsFallback = true
                            continue
                        }
                        if try openArray() {
                            repeat {
                                entity.aliases.append(try stringValue())
                            } while try more(closing: UInt8(ascii: "]"))
                        }
                    }
                } else if Self.equal(k, "mentions") {
                    note(16, in: &seen)
                    if try !null() { entity.mentions = try int() }
                } else {
                    try skipValue()
                }
            } while try more(closing: UInt8(ascii: "}"))
        }
        if seen & 3 != 3 { needsFallback = true }
        return entity
    }

    /// The relation type of the last relation read, by its raw bytes: most files use a few.
    private var lastType: (bytes: [UInt8], type: RelationType)?

    mutating func relation() throws(Failure) -> Relation {
        var relation = Relation(source: "", type: .relatedTo, target: "")
        guard try objectElement() else { return relation }
        var seen: UInt32 = 0
        if try openObject() {
            repeat {
                let k = try key()
                if Self.equal(k, "source") {
                    note(1, in: &seen)
                    relation.source = try stringValue()
                } else if Self.equal(k, "type") {
                    note(2, in: &seen)
                    relation.type = try relationType()
                } else if Self.equal(k, "target") {
                    note(4, in: &seen)
                    relation.target = try stringValue()
                } else if Self.equal(k, "evidence") {
                    note(8, in: &seen)
                    _ = try list(into: &relation.evidence) { r throws(Failure) in try r.evidence() }
                } else if Self.equal(k, "weight") {
                    note(16, in: &seen)
                    if try !null() { relation.weight = try double() }
                } else if Self.equal(k, "modality") {
                    note(32, in: &seen)
                    if try !null() {
                        let raw = try stringValue()
                        if let modality = Relation.Modality(rawValue: raw) { relation.modality = modality } else { needsFallback = true }
                    }
                } else {
                    try skipValue()
                }
            } while try more(closing: UInt8(ascii: "}"))
        }
        if seen & 7 != 7 { needsFallback = true }
        return relation
    }

    private mutating func relationType() throws(Failure) -> RelationType {
        guard try peek() == UInt8(ascii: "\"") else {
            try skipValue()
            needsFallback = true
            return .relatedTo
        }
        // The common case: the same type as the last relation, no escapes.
        if let last = lastType {
            let n = last.bytes.count
            if i + n + 1 < end, base[i + n + 1] == UInt8(ascii: "\""),
               last.bytes.withUnsafeBufferPointer({ memcmp(base + i + 1, $0.baseAddress!, n) == 0 }) {
                i += n + 2
                return last.type
            }
        }
        let raw = try string()
        guard let type = RelationType(rawValue: raw) else {
            needsFallback = true
            return .relatedTo
        }
        lastType = (Array(raw.utf8), type)
        return type
    }

    mutating func evidence() throws(Failure) -> Evidence {
        var evidence = Evidence(document: "", start: 0, end: 0, text: "", rule: "")
        guard try objectElement() else { return evidence }
        var seen: UInt32 = 0
        if try openObject() {
            repeat {
                let k = try key()
                if Self.equal(k, "document") {
                    note(1, in: &seen)
                    evidence.document = intern(try stringValue())
                } else if Self.equal(k, "start") {
                    note(2, in: &seen)
                    evidence.start = try int()
                } else if Self.equal(k, "end") {
                    note(4, in: &seen)
                    evidence.end = try int()
                } else if Self.equal(k, "text") {
                    note(8, in: &seen)
                    evidence.text = try stringValue()
                } else if Self.equal(k, "rule") {
                    note(16, in: &seen)
                    evidence.rule = intern(try stringValue())
                } else {
                    try skipValue()
                }
            } while try more(closing: UInt8(ascii: "}"))
        }
        if seen & 31 != 31 { needsFallback = true }
        return evidence
    }

    private mutating func intern(_ s: String) -> String {
        if let known = interned[s] { return known }
        interned[s] = s
        return s
    }
}
