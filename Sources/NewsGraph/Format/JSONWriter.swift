/// A minimal JSON writer that keeps keys in the order they are written.
///
/// Foundation's `JSONEncoder` on Linux does not keep key order, and the formats of `DESIGN.md`
/// are read by people as well as programs, so every NewsGraph JSON output is written through
/// this type: objects are built with ``object(_:)`` from ordered pairs of ``Value``.
public struct JSONWriter {
    /// A JSON value whose object keys keep their order.
    public indirect enum Value {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])

        /// A string, or `null` when absent.
        public static func optional(_ s: String?) -> Value { s.map(Value.string) ?? .null }
    }

    /// Serializes a value compactly (`{"a":1}`), or with one space after `:` and `,` when
    /// `spaced` is true (`{"a": 1, "b": 2}`), on one line.
    public static func serialize(_ value: Value, spaced: Bool = false) -> String {
        var out = ""
        write(value, spaced: spaced, into: &out)
        return out
    }

    /// Serializes a top-level object with each member on its own line and each element of an
    /// array member on its own line: readable, diff-friendly, and still fast for large arrays.
    public static func serializeDocument(_ members: [(String, Value)]) -> String {
        var out = "{\n"
        for (i, (key, value)) in members.enumerated() {
            out += "  "
            writeString(key, into: &out)
            out += ": "
            if case .array(let items) = value, !items.isEmpty {
                out += "[\n"
                for (j, item) in items.enumerated() {
                    out += "    "
                    write(item, spaced: true, into: &out)
                    out += j + 1 < items.count ? ",\n" : "\n"
                }
                out += "  ]"
            } else {
                write(value, spaced: true, into: &out)
            }
            out += i + 1 < members.count ? ",\n" : "\n"
        }
        out += "}\n"
        return out
    }

    static func write(_ value: Value, spaced: Bool, into out: inout String) {
        switch value {
        case .string(let s): writeString(s, into: &out)
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += spaced ? ", " : "," }
                write(item, spaced: spaced, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { out += spaced ? ", " : "," }
                writeString(key, into: &out)
                out += spaced ? ": " : ":"
                write(item, spaced: spaced, into: &out)
            }
            out += "}"
        }
    }

    /// Doubles print with full round-trip precision; non-finite values (which JSON lacks)
    /// print as `null`.
    public static func formatDouble(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return "\(d)"
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping: append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
