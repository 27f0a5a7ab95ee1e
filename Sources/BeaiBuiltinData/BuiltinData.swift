/// The dataset compiled into the binary from the package's `Resources/` directory.
public enum BuiltinData {
    /// Every JSON file of `Resources/`, by path relative to it (`programmes/flanders.json`),
    /// in path order.
    public static var files: [(path: String, contents: String)] { embeddedFiles }
}
