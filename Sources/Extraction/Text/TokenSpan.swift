/// Inside this module a range of positions written backwards is empty, not a trap.
///
/// The rules build ranges from positions found in the text: "from the list's end to the verb",
/// "from the clause's start to the word before the comma". On ordinary text the two ends come in
/// order, but a text may open on a verb or wrap a clause in parentheses, and then an end comes
/// before its start. What the rule means there is "nothing lies between"; the standard `..<` would
/// stop the whole extraction instead (two of the first four crashes the fuzzer found were this).
/// This overload is chosen over the standard library's generic one for every `Int ..< Int` in the
/// module, so no rule has to remember a guard; ranges of other types are untouched.
///
/// - Returns: `lower..<upper`, or the empty range at `lower` when `upper < lower`.
/// - Complexity: O(1)
@inline(__always) func ..< (lower: Int, upper: Int) -> Range<Int> {
    Range(uncheckedBounds: (lower, Swift.max(lower, upper)))
}
