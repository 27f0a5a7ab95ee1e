import Foundation

/// Where each setting stands in a config file's text, so that a problem found in the parsed
/// table can name its line. Tracks `[table]` headers and `key =` lines; good enough for the
/// flat files beai reads (TOMLKit does not keep positions).
struct ConfigLines {
    private var lines: [String: Int] = [:]
    private var tables: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), let end = line.firstIndex(of: "]") {
                table = String(line[line.index(after: line.startIndex)..<end]).trimmingCharacters(in: .whitespaces)
                tables[table] = tables[table] ?? index + 1
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            var key = line[..<equals].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, key.first == "\"", key.last == "\"" { key = String(key.dropFirst().dropLast()) }
            let path = table.isEmpty ? key : table + "." + key
            lines[path] = lines[path] ?? index + 1
        }
    }

    /// The line of `key` in `table` ("" for the top level), or of the table, or 0.
    func line(_ key: String, in table: String = "") -> Int {
        lines[table.isEmpty ? key : table + "." + key] ?? tables[table] ?? 0
    }
}
