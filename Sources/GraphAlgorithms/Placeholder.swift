// Placeholder until the algorithms branch lands.
enum GraphAlgorithmsPlaceholder {}
