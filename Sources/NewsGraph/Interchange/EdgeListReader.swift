import Foundation

/// Reads a plain edge list: one `u v [weight]` per line, fields separated by spaces or tabs,
/// `#` starting a comment that runs to the end of the line, blank lines skipped (the format
/// networkx's `read_edgelist` and igraph's `Read_Edgelist`/`ncol` read).
///
/// Every node is an entity of type `other` whose name is its token (`17` stays findable as
/// `17`); every line a `related_to` relation with no evidence and the weight if one is given.
/// Weights must be finite numbers greater than zero. ``ImportOptions/directed`` is stored as
/// ``TypedGraph/directed`` (the command line's `--directed`; `false` without it).
///
/// Speed: the reader streams the file in 1 MiB chunks and scans UTF-8 bytes, making a
/// `String` only for a token that names a node; a 1,000,000-line list reads in a few seconds.
public enum EdgeListReader {
    /// Reads an edge list file, streaming.
    /// - Throws: ``ImportError`` naming the line; errors of the file system as they come.
    public static func read(contentsOf url: URL, options: ImportOptions = ImportOptions(directed: false)) throws -> TypedGraph {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var scanner = Scanner(options: options)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try scanner.feed(chunk)
        }
        return try scanner.finish()
    }

    /// Reads an edge list held in memory.
    public static func read(_ data: Data, options: ImportOptions = ImportOptions(directed: false)) throws -> TypedGraph {
        var scanner = Scanner(options: options)
        try scanner.feed(data)
        return try scanner.finish()
    }

    /// Reads an edge list from text.
    public static func read(_ text: String, options: ImportOptions = ImportOptions(directed: false)) throws -> TypedGraph {
        try read(Data(text.utf8), options: options)
    }

    /// Splits chunks into lines (keeping a partial last line for the next chunk) and lines
    /// into fields, on bytes.
    struct Scanner {
        private var builder: ImportBuilder
        private let options: ImportOptions
        private var carry: [UInt8] = []
        private var line = 0
        private var sawAnyByte = false
        /// The last line's source token and its id: edge lists are usually grouped by source
        /// (networkx's `write_edgelist` writes them so), and this skips a dictionary lookup.
        private var lastSource: [UInt8] = []
        private var lastSourceID: String?

        init(options: ImportOptions) {
            self.options = options
            builder = ImportBuilder(strict: options.strict)
        }

        mutating func feed(_ data: Data) throws {
            guard !data.isEmpty else { return }
            sawAnyByte = true
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                while let newline = Self.index(of: 0x0A, in: bytes, from: start) {
                    if carry.isEmpty {
                        try parseLine(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    } else {
                        carry.append(contentsOf: bytes[start..<newline])
                        let whole = carry
                        carry.removeAll(keepingCapacity: true)
                        try whole.withUnsafeBufferPointer { try parseLine($0) }
                    }
                    start = newline + 1
                }
                carry.append(contentsOf: bytes[start...])
            }
        }

        mutating func finish() throws -> TypedGraph {
            if !carry.isEmpty {
                let last = carry
                carry.removeAll()
                try last.withUnsafeBufferPointer { try parseLine($0) }
            }
            guard sawAnyByte else { throw ImportError("empty file") }
            guard !builder.graph.relations.isEmpty else { throw ImportError("no edges: every line is blank or a comment") }
            return builder.finish(directed: options.directed ?? false)
        }

        private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard start < bytes.count, let base = bytes.baseAddress else { return nil }
            guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        private mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            line += 1
            // Fields: up to 3 ranges; a 4th only to report the count.
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(3)
            var fieldCount = 0
            var i = 0
            let n = bytes.count
            scan: while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "#") { break scan }
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { i += 1; continue }
                let start = i
                while i < n {
                    let c = bytes[i]
                    if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C || c == UInt8(ascii: "#") { break }
                    i += 1
                }
                fieldCount += 1
                if ranges.count < 3 { ranges.append(start..<i) }
            }
            if fieldCount == 0 { return }
            guard fieldCount == 2 || fieldCount == 3 else {
                throw ImportError(line: line, "expected 2 or 3 columns (u v [weight]), found \(fieldCount)")
            }
            func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
            var weight: Double?
            if fieldCount == 3 { weight = try parseWeight(Substring(text(ranges[2])), line: line) }
            let source: String
            if let cached = lastSourceID, lastSource.elementsEqual(bytes[ranges[0]]) {
                source = cached
            } else {
                source = try builder.entity(named: text(ranges[0]), type: nil, line: line)
                lastSource = Array(bytes[ranges[0]])
                lastSourceID = source
            }
            let target = try builder.entity(named: text(ranges[1]), type: nil, line: line)
            builder.addRelation(source: source, type: .relatedTo, target: target, weight: weight,
                                directed: options.directed ?? false)
        }
    }
}
