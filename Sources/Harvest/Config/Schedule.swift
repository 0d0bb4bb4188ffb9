import Foundation

/// When a source runs: a fixed interval (`30m`, `6h`, `1d`) or a 5-field cron expression
/// (`minute hour day-of-month month day-of-week`), always evaluated in UTC.
public enum Schedule: Sendable, Hashable, CustomStringConvertible {
    case interval(seconds: Int)
    case cron(CronExpression)

    /// Parses `6h` or `0 3 * * 1-5`; the error message says what was expected.
    public init(parsing text: String) throws(ScheduleError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Schedule.intervalSeconds(trimmed) {
            guard seconds >= 60 else {
                throw ScheduleError("\"\(text)\" is shorter than one minute; the shortest interval is 1m")
            }
            self = .interval(seconds: seconds)
            return
        }
        let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count == 5 else {
            throw ScheduleError("\"\(text)\" is not a 5-field cron expression or an interval like 6h")
        }
        self = .cron(try CronExpression(fields: fields.map(String.init), text: text))
    }

    /// The first moment after `date` at which the source is due. For an interval that is `date` plus the
    /// interval (pass the start of the last run); for cron, the next matching minute strictly after `date`.
    public func nextFire(after date: Date) -> Date {
        switch self {
        case .interval(let seconds): return date.addingTimeInterval(TimeInterval(seconds))
        case .cron(let cron): return cron.nextFire(after: date)
        }
    }

    public var description: String {
        switch self {
        case .interval(let seconds):
            if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
            if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
            if seconds % 60 == 0 { return "\(seconds / 60)m" }
            return "\(seconds)s"
        case .cron(let cron): return cron.text
        }
    }

    /// `90s`, `30m`, `6h`, `1d`, `2w`: a number followed by one unit letter.
    static func intervalSeconds(_ text: String) -> Int? {
        guard let unit = text.last, let n = Int(text.dropLast()), n > 0 else { return nil }
        let factor: Int
        switch unit {
        case "s": factor = 1
        case "m": factor = 60
        case "h": factor = 3600
        case "d": factor = 86_400
        case "w": factor = 604_800
        default: return nil
        }
        let (product, overflow) = n.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }
}

public struct ScheduleError: Error, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A classic (Vixie) cron expression: `*`, numbers, ranges `a-b`, steps `*/n` and `a-b/n`, lists `a,b`,
/// month names (`jan`) and weekday names (`mon`); day-of-week 0 and 7 are both Sunday. When both
/// day-of-month and day-of-week are restricted, a day matching either one fires (as cron does).
public struct CronExpression: Sendable, Hashable {
    public let text: String
    let minutes: Set<Int>
    let hours: Set<Int>
    let daysOfMonth: Set<Int>
    let months: Set<Int>
    /// 0 = Sunday ... 6 = Saturday (7 is folded into 0).
    let weekdays: Set<Int>
    let dayOfMonthRestricted: Bool
    let weekdayRestricted: Bool

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    init(fields: [String], text: String) throws(ScheduleError) {
        self.text = text
        minutes = try CronExpression.field(fields[0], name: "minute", range: 0...59, names: [], nameBase: 0)
        hours = try CronExpression.field(fields[1], name: "hour", range: 0...23, names: [], nameBase: 0)
        daysOfMonth = try CronExpression.field(fields[2], name: "day-of-month", range: 1...31, names: [], nameBase: 1)
        months = try CronExpression.field(fields[3], name: "month", range: 1...12, names: CronExpression.monthNames, nameBase: 1)
        var days = try CronExpression.field(fields[4], name: "day-of-week", range: 0...7, names: CronExpression.dayNames, nameBase: 0)
        if days.remove(7) != nil { days.insert(0) }
        weekdays = days
        dayOfMonthRestricted = !fields[2].hasPrefix("*")
        weekdayRestricted = !fields[4].hasPrefix("*")

        // `0 0 30 2 *` would never fire; say so now rather than wait forever.
        if dayOfMonthRestricted && !weekdayRestricted {
            let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            let possible = months.contains { m in daysOfMonth.contains { $0 <= longest[m - 1] } }
            if !possible { throw ScheduleError("\"\(text)\" never fires: no chosen month has the chosen day") }
        }
    }

    private static func field(_ text: String, name: String, range: ClosedRange<Int>, names: [String],
                              nameBase: Int) throws(ScheduleError) -> Set<Int> {
        var out = Set<Int>()
        for part in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2, let rangeText = pieces.first, !rangeText.isEmpty else {
                throw bad(name, text, range)
            }
            var step = 1
            if pieces.count == 2 {
                guard let s = Int(pieces[1]), s > 0 else { throw bad(name, text, range) }
                step = s
            }
            let lo: Int, hi: Int
            if rangeText == "*" {
                lo = range.lowerBound; hi = range.upperBound
            } else if let dash = rangeText.firstIndex(of: "-") {
                guard let a = value(rangeText[..<dash], names, nameBase), let b = value(rangeText[rangeText.index(after: dash)...], names, nameBase),
                      a <= b else { throw bad(name, text, range) }
                lo = a; hi = b
            } else {
                guard let a = value(rangeText, names, nameBase) else { throw bad(name, text, range) }
                // `5/15` means from 5 to the end in steps of 15.
                lo = a; hi = pieces.count == 2 ? range.upperBound : a
            }
            guard range.contains(lo), range.contains(hi) else { throw bad(name, text, range) }
            for v in stride(from: lo, through: hi, by: step) { out.insert(v) }
        }
        return out
    }

    private static func value(_ text: Substring, _ names: [String], _ base: Int) -> Int? {
        if let n = Int(text) { return n }
        if let i = names.firstIndex(of: String(text)) { return i + base }
        return nil
    }

    private static func bad(_ name: String, _ text: String, _ range: ClosedRange<Int>) -> ScheduleError {
        ScheduleError("cron \(name) field \"\(text)\" is not valid (\(range.lowerBound)-\(range.upperBound), *, a-b, */n, lists)")
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
        return c
    }()

    func matchesDay(_ day: Int, weekday: Int) -> Bool {
        let domOK = daysOfMonth.contains(day), dowOK = weekdays.contains(weekday)
        if dayOfMonthRestricted && weekdayRestricted { return domOK || dowOK }
        return domOK && dowOK
    }

    /// The next whole minute strictly after `date` that matches, in UTC. Whole days, hours and months
    /// that cannot match are skipped at once, so even a yearly expression takes a few hundred steps.
    public func nextFire(after date: Date) -> Date {
        let cal = CronExpression.utc
        var c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        c.second = 0
        guard var t = cal.date(from: c)?.addingTimeInterval(60) else { return .distantFuture }
        // Eight years cover every leap-day expression; validation rules out the impossible ones.
        let limit = date.addingTimeInterval(8 * 366 * 86_400)
        while t < limit {
            let p = cal.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: t)
            guard let year = p.year, let month = p.month, let day = p.day, let hour = p.hour, let minute = p.minute,
                  let weekday = p.weekday else { return .distantFuture }
            if !months.contains(month) {
                t = cal.date(from: DateComponents(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)) ?? limit
                continue
            }
            if !matchesDay(day, weekday: weekday - 1) {
                t = cal.date(from: DateComponents(year: year, month: month, day: day))?.addingTimeInterval(86_400) ?? limit
                continue
            }
            if !hours.contains(hour) {
                t = cal.date(from: DateComponents(year: year, month: month, day: day, hour: hour))?.addingTimeInterval(3600) ?? limit
                continue
            }
            if !minutes.contains(minute) {
                t = t.addingTimeInterval(60)
                continue
            }
            return t
        }
        return .distantFuture
    }
}
