import Foundation
@testable import DCAT

/// The first differing line of two values' JSON forms, so a failed equality names the field.
func firstDifference<T: Encodable>(_ a: T, _ b: T) -> String? {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let ja = try? enc.encode(a), let jb = try? enc.encode(b) else { return "not encodable" }
    let la = String(decoding: ja, as: UTF8.self).split(separator: "\n")
    let lb = String(decoding: jb, as: UTF8.self).split(separator: "\n")
    for (i, (x, y)) in zip(la, lb).enumerated() where x != y {
        let context = la[max(0, i - 4)..<i].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return "line \(i) after [\(context)]: \(x.trimmingCharacters(in: .whitespaces)) <> \(y.trimmingCharacters(in: .whitespaces))"
    }
    return la.count == lb.count ? nil : "lengths \(la.count) <> \(lb.count)"
}
