import Foundation
import Harvest
import Testing

@Suite("Schedules")
struct ScheduleTests {
    /// `2024-05-03T09:00:00Z` style times, in UTC.
    func utc(_ text: String) throws -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return try #require(f.date(from: text), "bad test date \(text)")
    }

    func next(_ expression: String, after: String) throws -> Date {
        try Schedule(parsing: expression).nextFire(after: utc(after))
    }

    @Test func intervalsAddToTheLastRun() throws {
        #expect(try Schedule(parsing: "30m") == .interval(seconds: 1800))
        #expect(try Schedule(parsing: "6h") == .interval(seconds: 21_600))
        #expect(try Schedule(parsing: "1d") == .interval(seconds: 86_400))
        #expect(try Schedule(parsing: "2w").description == "14d")
        #expect(try next("6h", after: "2024-05-01T10:15:00Z") == utc("2024-05-01T16:15:00Z"))
    }

    @Test(arguments: ["every 6 hours", "6 hours", "0 3 * *", "61 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *",
                      "* * * * 8", "*/0 * * * *", "5-1 * * * *", "0 0 30 2 *", "0 0 31 4,6,9,11 *", "10s", "0h", "x * * * *"])
    func malformedSchedulesAreRefused(_ text: String) {
        #expect(throws: ScheduleError.self) { try Schedule(parsing: text) }
    }

    @Test func dailyAtThree() throws {
        #expect(try next("0 3 * * *", after: "2024-05-01T02:59:30Z") == utc("2024-05-01T03:00:00Z"))
        // Strictly after: a run at 03:00 is followed by the next day's.
        #expect(try next("0 3 * * *", after: "2024-05-01T03:00:00Z") == utc("2024-05-02T03:00:00Z"))
        #expect(try next("0 3 * * *", after: "2024-12-31T23:00:00Z") == utc("2025-01-01T03:00:00Z"))
    }

    @Test func stepsRangesAndLists() throws {
        #expect(try next("*/15 * * * *", after: "2024-05-01T10:07:00Z") == utc("2024-05-01T10:15:00Z"))
        #expect(try next("5-20/5 * * * *", after: "2024-05-01T10:20:00Z") == utc("2024-05-01T11:05:00Z"))
        #expect(try next("0 8,20 * * *", after: "2024-05-01T08:00:00Z") == utc("2024-05-01T20:00:00Z"))
        #expect(try next("30 8 * * 1-5", after: "2024-05-03T09:00:00Z") == utc("2024-05-06T08:30:00Z"))  // Fri -> Mon
        #expect(try next("0 0 1 jan,jul *", after: "2024-02-10T00:00:00Z") == utc("2024-07-01T00:00:00Z"))
        #expect(try next("0 12 * * sun", after: "2024-05-01T00:00:00Z") == utc("2024-05-05T12:00:00Z"))
        #expect(try next("0 12 * * 7", after: "2024-05-01T00:00:00Z") == utc("2024-05-05T12:00:00Z"))
    }

    @Test func leapDayWaitsForALeapYear() throws {
        #expect(try next("0 12 29 2 *", after: "2024-03-01T00:00:00Z") == utc("2028-02-29T12:00:00Z"))
    }

    @Test func restrictedDayOfMonthAndWeekdayFireOnEither() throws {
        // Cron's rule: the 13th or any Friday, whichever comes first.
        #expect(try next("0 0 13 * fri", after: "2024-09-01T00:00:00Z") == utc("2024-09-06T00:00:00Z"))
        #expect(try next("0 0 13 * fri", after: "2024-09-06T00:00:00Z") == utc("2024-09-13T00:00:00Z"))
    }

    @Test func nextFireIsAlwaysAfterTheGivenMoment() throws {
        let schedule = try Schedule(parsing: "17 */5 * * *")
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        var t = try utc("2024-01-01T00:00:00Z")
        for _ in 0..<50 {
            let n = schedule.nextFire(after: t)
            #expect(n > t)
            let c = Calendar(identifier: .gregorian).dateComponents(in: utcZone, from: n)
            #expect(c.minute == 17)
            #expect((c.hour ?? -1) % 5 == 0)
            t = n
        }
    }
}
