import Foundation

/// How beai writes a figure's value: qualifier, amount, unit and period ("over €20m total").
public enum FigureText {
    /// The figure's normalised value; `euro` is the symbol for EUR amounts (`€` or `EUR `).
    public static func value(_ figure: Figure, euro: String = "€") -> String {
        var parts: [String] = []
        if let qualifier = figure.qualifier { parts.append(qualifier.rawValue) }
        switch figure.unit {
        case Figure.euro: parts.append(EuroAmount.format(figure.value, symbol: euro))
        case "percent": parts.append(number(figure.value) + "%")
        default: parts.append(number(figure.value) + " " + figure.unit)
        }
        if let period = figure.period { parts.append(period.label) }
        if let years = figure.years, !years.label.isEmpty { parts.append("(\(years.label))") }
        return parts.joined(separator: " ")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }
}
