/// Groups mentions by the sentence they start in, in one pass over both (each sorted by start).
enum MentionsBySentence {
    /// - Complexity: O(*m* + *s*).
    static func group(_ mentions: [Mention], _ sentences: [Range<Int>]) -> [[Int]] {
        var groups = [[Int]](repeating: [], count: sentences.count)
        var s = 0
        for (m, mention) in mentions.enumerated() {
            while s < sentences.count, sentences[s].upperBound <= mention.start { s += 1 }
            guard s < sentences.count else { break }
            if sentences[s].contains(mention.start) { groups[s].append(m) }
        }
        return groups
    }

    /// The index of the first mention starting at or after `token` (mentions sorted by start).
    /// - Complexity: O(log *m*).
    static func firstIndex(startingAtOrAfter token: Int, in mentions: [Mention]) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < token { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
