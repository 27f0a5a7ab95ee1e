/// A comparison of a programme's largest budget amount with a number of euros: the value of the
/// budget facet, written as the query language writes it after `budget` (`>=0`, `>1m`, `<500k`).
public struct BudgetBound: Hashable, Sendable {
    /// How the budget is compared with the amount, written as in a query.
    public enum Comparison: String, CaseIterable, Sendable {
        case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="
    }

    /// Greater, at least, less, at most.
    public let comparison: Comparison
    /// Euros.
    public let amount: Double

    /// The bound `comparison` `amount` euros.
    public init(_ comparison: Comparison, _ amount: Double) {
        self.comparison = comparison
        self.amount = amount
    }

    /// Any budget amount at all: the programmes that have a budget figure (`budget>=0`).
    public static let any = BudgetBound(.greaterOrEqual, 0)

    /// The bound `text` writes (`>=0`, `>1000000`, `<1.5m`), or nil when it is not one.
    public init?(_ text: String) {
        guard let comparison = Comparison.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
            .first(where: { text.hasPrefix($0.rawValue) })
        else { return nil }
        guard let amount = Self.amount(String(text.dropFirst(comparison.rawValue.count))) else { return nil }
        self.init(comparison, amount)
    }

    /// `>=0`, `>1m`, `<500k`, `<=2500000`: exact multiples of a thousand, million or billion are
    /// written with `k`, `m` or `bn`.
    public var text: String {
        let written: String
        if amount > 0, amount.truncatingRemainder(dividingBy: 1e9) == 0 {
            written = Self.integer(amount / 1e9) + "bn"
        } else if amount > 0, amount.truncatingRemainder(dividingBy: 1e6) == 0 {
            written = Self.integer(amount / 1e6) + "m"
        } else if amount > 0, amount.truncatingRemainder(dividingBy: 1e3) == 0 {
            written = Self.integer(amount / 1e3) + "k"
        } else {
            written = Self.integer(amount)
        }
        return comparison.rawValue + written
    }

    /// True when `budget` (euros) satisfies the bound.
    public func holds(for budget: Double) -> Bool {
        switch comparison {
        case .greater: budget > amount
        case .greaterOrEqual: budget >= amount
        case .less: budget < amount
        case .lessOrEqual: budget <= amount
        }
    }

    private static func integer(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func amount(_ text: String) -> Double? {
        let multipliers: [(String, Double)] = [("bn", 1e9), ("m", 1e6), ("k", 1e3)]
        var number = text
        var multiplier = 1.0
        for (suffix, value) in multipliers where number.hasSuffix(suffix) {
            number.removeLast(suffix.count)
            multiplier = value
            break
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite
        else { return nil }
        return value * multiplier
    }
}
