import Foundation

/// Short display of euro amounts: `€32m`, `€1.5bn`, `€500k`, `€950`.
public enum EuroAmount {
    /// `value` in euros, shortened, with `symbol` in front (`€` or `EUR `).
    public static func format(_ value: Double, symbol: String = "€") -> String {
        let (scaled, suffix): (Double, String) =
            switch value {
            case 1e9...: (value / 1e9, "bn")
            case 1e6...: (value / 1e6, "m")
            case 1e3...: (value / 1e3, "k")
            default: (value, "")
            }
        return symbol + trimmed(scaled) + suffix
    }

    private static func trimmed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }
}
