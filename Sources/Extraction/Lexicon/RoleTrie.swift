/// The role phrases ("chief of the defence staff") a word at a time, for ``Lexicon/role(in:)``.
///
/// Reading a phrase word by word stops as soon as no role goes on with the words read so far
/// (most role words start no longer phrase), and each step probes with the hash the tokenizer
/// computed instead of hashing a growing list of keys.
struct RoleTrie: Sendable {
    private struct Node: Sendable {
        var role: RoleEntry?
        var next: WordTable<Int>
    }

    /// Node 0 is the root, before any word.
    private let nodes: [Node]
    static let root = 0

    /// The first phrase given for a list of keys wins.
    init(_ phrases: [(keys: [String], role: RoleEntry)]) {
        var roles: [RoleEntry?] = [nil]
        var next: [[String: Int]] = [[:]]
        for (keys, role) in phrases where !keys.isEmpty {
            var node = Self.root
            for key in keys {
                if let child = next[node][key] {
                    node = child
                } else {
                    roles.append(nil)
                    next.append([:])
                    next[node][key] = roles.count - 1
                    node = roles.count - 1
                }
            }
            if roles[node] == nil { roles[node] = role }
        }
        nodes = zip(roles, next).map { Node(role: $0, next: WordTable($1.map { ($0.key, $0.value) })) }
    }

    /// The node reached from `node` by the word `token`; nil when no role goes on with it.
    @inline(__always) func node(after node: Int, _ token: Token) -> Int? { nodes[node].next[token] }

    /// The role whose words lead from the root to `node`, if any.
    @inline(__always) func role(at node: Int) -> RoleEntry? { nodes[node].role }
}
