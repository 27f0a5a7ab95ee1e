import BeaiDomain

/// The dataset compiled into the binary from the package's `Resources/` directory.
public enum BuiltinData {
    /// Every JSON file of `Resources/`, by path relative to it (`programmes/flanders.json`),
    /// in path order.
    public static var files: [(path: String, contents: String)] { embeddedFiles }

    /// The same data compiled as code (no decoding at start-up), or nil when the files do not make
    /// a valid dataset: callers then load `files`, which reports every problem.
    public static var dataset: Dataset? { compiledDataset() }
}
