// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    ],
    targets: [
        // C shim over Graphviz's libgvc/libcgraph (Debian: libgraphviz-dev). Nothing of it leaks
        // past GraphvizRendering.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Generic graph kernels on compact integer-indexed graphs; knows nothing about news.
        .target(
            name: "GraphAlgorithms",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")]
        ),
        // The typed model, its JSON format, filters, interchange and the bridge to GraphAlgorithms.
        .target(
            name: "NewsGraph",
            dependencies: ["GraphAlgorithms", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Text → typed graph.
        .target(
            name: "Extraction",
            dependencies: ["NewsGraph", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/lexicon")]
        ),
        // Typed graph → styled Graphviz graph → DOT/SVG/PNG/PDF, in process.
        .target(
            name: "GraphvizRendering",
            dependencies: ["NewsGraph", "CGraphviz"]
        ),
        // The command-line tool: a thin layer of argument parsing, files and exit codes.
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph", "Extraction", "GraphAlgorithms", "GraphvizRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // jemalloc (Debian: libjemalloc-dev) in place of glibc's malloc: extraction allocates
            // many small short-lived arrays and strings on every core, and glibc's allocator was
            // 6% of its time (see Benchmarks/extraction/README.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsGraph"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "NewsGraph"]),
        .testTarget(name: "CLITests", dependencies: ["NewsGraph"]),
    ]
)
