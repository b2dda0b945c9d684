import Foundation

/// Bytes → text, refusing what is not text with a message that says why.
///
/// News scraped from the web arrives in every state; the extractor would rather say "this is
/// UTF-16" than extract nonsense from it.
public enum TextDecoding {
    /// Decodes UTF-8; a UTF-8 byte-order mark is dropped.
    /// - Throws: ``TextDecodingError`` for empty, binary, UTF-16 or non-UTF-8 input.
    public static func decode(_ data: Data) throws -> String {
        if data.isEmpty { throw TextDecodingError(description: "the file is empty") }
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw TextDecodingError(description: "the text is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
        }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Over the contiguous bytes: walking `Data` with its iterator is slow on big corpora.
        let (hasNUL, decoded): (Bool, String?) = data.withUnsafeBytes { raw in
            let body = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[skip...])
            if body.contains(0) { return (true, nil) }
            return (false, String(validatingUTF8: body))
        }
        if hasNUL {
            throw TextDecodingError(description: "binary data, not text (it contains NUL bytes)")
        }
        guard let text = decoded else {
            throw TextDecodingError(description: "not valid UTF-8 (Latin-1 or another legacy encoding?); convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")
        }
        if text.allSatisfy(\.isWhitespace) { throw TextDecodingError(description: "the file has no text (only white space)") }
        return text
    }
}

extension String {
    /// Strict UTF-8 validation (Foundation's decoder would replace bad bytes silently).
    init?<C: Collection>(validatingUTF8 bytes: C) where C.Element == UInt8 {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}

/// Why a file is not usable text.
public struct TextDecodingError: Error, CustomStringConvertible, Equatable {
    public let description: String
}
