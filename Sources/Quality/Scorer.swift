import DCAT

/// Dataset → score, indicator results and findings, by the MQA method (docs/quality.md).
///
/// Pure and cheap: every check is a look at the model; only the optional compliance checker (SHACL)
/// costs more. Reachability and compliance are `unchecked` unless their results are supplied.
public struct Scorer: Sendable {
    public var links: (any LinkStatus)?
    public var compliance: (any ComplianceChecker)?
    /// How many SHACL results of one dataset become findings (the rest are counted in one more finding).
    public var maxComplianceFindings = 20
    /// The language of SHACL messages in findings, when the shapes give one in it (`"nl"`: Dutch).
    public var messageLanguage = "en"

    public init(links: (any LinkStatus)? = nil, compliance: (any ComplianceChecker)? = nil) {
        self.links = links
        self.compliance = compliance
    }

    public func score(_ dataset: Dataset) -> DatasetQuality {
        var results: [IndicatorResult] = []
        var findings: [Finding] = []
        var complianceIssues: [ComplianceIssue] = []
        for step in Scorer.plan {
            let indicator = step.indicator
            let outcome: Outcome
            switch step.test {
            case .reachability:
                outcome = reachability(indicator, dataset)
            case .compliance:
                if let compliance {
                    let r = compliance.check(dataset)
                    complianceIssues = r.issues
                    let violations = r.issues.filter { $0.severity == .violation }.count
                    outcome = Outcome(passed: r.passes, note: violations == 0 ? nil
                        : "\(violations) SHACL violation\(violations == 1 ? "" : "s").")
                } else {
                    outcome = Outcome(unchecked: "Not checked: no DCAT-AP shapes configured (give --shapes DIR).")
                }
            case .dataset(let check):
                outcome = Outcome(passed: check(dataset))
            case .distribution(let check):
                outcome = Outcome(distributions: dataset.distributions,
                                  passes: dataset.distributions.indices.map { check(dataset, $0) })
            case .none:
                outcome = Outcome(unchecked: "No check defined.")
            }
            let result = outcome.result(for: indicator)
            // The finding first: appended before it was read, the result was copied for the finding.
            if let f = outcome.finding(for: indicator, result: result) { findings.append(f) }
            results.append(result)
        }
        // A missing property an indicator already reports (with its points) is not repeated as a SHACL finding.
        // (Without SHACL results there is nothing to leave out: a set of every finding's last path step
        // was an eighth of scoring a dataset.)
        if !complianceIssues.isEmpty {
            var reported = Set<String>()
            for f in findings where f.severity != .info {
                reported.insert(Self.lastPathStep(f.path))
            }
            findings += complianceFindings(complianceIssues.filter {
                !($0.component == "MinCountConstraintComponent" && $0.path.map(reported.contains) == true)
            })
        }
        // Most points first; ties keep catalogue order: a stable insertion sort in place, which moves the
        // findings (a dozen or two) where sorting enumerated pairs copied each one twice.
        for i in findings.indices.dropFirst() {
            var j = i
            while j > 0 && findings[j - 1].pointsLost < findings[j].pointsLost {
                findings.swapAt(j - 1, j)
                j -= 1
            }
        }

        // Summed into the score's own fields: an enum with a String raw value hashes its string, and a
        // dictionary by dimension cost more than the checks themselves.
        // By index: `for r in results` copied each result (its strings retained and released).
        var score = QualityScore(total: 0, dimensions: [:])
        for i in results.indices {
            score[results[i].dimension] += results[i].points
            score.total += results[i].points
        }
        score.rating = Rating(total: score.total)
        return DatasetQuality(
            iri: dataset.iri,
            title: dataset.title.best() ?? "",
            publisher: dataset.publisher.map { $0.names.best() ?? $0.iri ?? "" } ?? "",
            publisherIRI: dataset.publisher?.iri,
            catalog: dataset.catalog,
            score: score,
            indicators: results,
            findings: findings)
    }

    /// How each indicator is decided, worked out once from its id.
    enum Test: Sendable {
        case reachability, compliance, none
        case dataset(@Sendable (Dataset) -> Bool)
        case distribution(@Sendable (Dataset, Int) -> Bool)
    }

    /// An indicator with its test. A class: each step of a dataset's scoring takes one from the plan, for
    /// one retain.
    final class Step: Sendable {
        let indicator: Indicator
        let test: Test

        init(_ indicator: Indicator, _ test: Test) {
            self.indicator = indicator
            self.test = test
        }
    }

    static let plan: [Step] = IndicatorCatalogue.all.map { indicator in
        switch indicator.id {
        case "accessUrlStatusCode", "downloadUrlStatusCode": return Step(indicator, .reachability)
        case "dcatApCompliance": return Step(indicator, .compliance)
        default:
            if let check = Checks.dataset(indicator.id) { return Step(indicator, .dataset(check)) }
            if let check = Checks.distribution(indicator.id) { return Step(indicator, .distribution(check)) }
            return Step(indicator, .none)
        }
    }

    /// `accessUrlStatusCode` looks at every distribution (one without an accessURL fails);
    /// `downloadUrlStatusCode` at the distributions that have a downloadURL (none: failed, nothing to
    /// reach). A distribution passes when all its URLs answer 2xx/3xx. Unchecked while any URL has no
    /// result, or when no link results are configured: never a guess.
    func reachability(_ indicator: Indicator, _ dataset: Dataset) -> Outcome {
        let download = indicator.id == "downloadUrlStatusCode"
        guard let links else { return Outcome(unchecked: "Not checked yet: run oogst links.") }
        // Indices, not distributions: filtering and iterating copied each distribution whole.
        let all = dataset.distributions
        let considered = download ? all.indices.filter { !all[$0].downloadURLs.isEmpty } : Array(all.indices)
        if download && considered.isEmpty && !all.isEmpty {
            return Outcome(passed: false, note: "No distribution has a dcat:downloadURL to reach.")
        }
        var passes: [Bool] = []
        var unknown = 0, missing = 0
        for i in considered {
            let urls = download ? all[i].downloadURLs : all[i].accessURLs
            if urls.isEmpty { missing += 1 }
            var ok = !urls.isEmpty
            for url in urls {
                guard let check = links.check(for: url) else { unknown += 1; continue }
                if !check.isReachable { ok = false }
            }
            passes.append(ok)
        }
        if unknown > 0 {
            return Outcome(unchecked: "Not checked yet: \(unknown) URL\(unknown == 1 ? " has" : "s have") no link result; run oogst links.")
        }
        var outcome = Outcome(distributions: all, considered: considered, passes: passes)
        // A link that is not there cannot be repaired: say so, so the steward adds it.
        if missing > 0 {
            outcome.note = "\(missing) of them ha\(missing == 1 ? "s" : "ve") no dcat:\(download ? "downloadURL" : "accessURL") at all."
        }
        return outcome
    }

    /// The last non-empty "/"-separated step of a finding's path (`path.split(separator: "/").last`, or
    /// the path when it has none), found on UTF-8: splitting Characters cost ~40k instructions a dataset.
    static func lastPathStep(_ path: String) -> String {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        return String(path[start..<end])
    }

    func complianceFindings(_ issues: [ComplianceIssue]) -> [Finding] {
        let shown = issues.filter { $0.severity != .info }
        var out: [Finding] = []
        for issue in shown.prefix(maxComplianceFindings) {
            let message = issue.messages.first { $0.language == messageLanguage }?.value
                ?? issue.messages.first { $0.language == "en" }?.value
                ?? issue.messages.first?.value
                ?? Self.message(for: issue)
            out.append(Finding(id: "shacl:" + issue.component, severity: issue.severity, path: issue.path ?? "dcat:Dataset",
                               message: message + " (" + issue.focusNode + ")",
                               remedy: Self.remedy(for: issue), pointsLost: 0))
        }
        if shown.count > maxComplianceFindings {
            out.append(Finding(id: "shacl:more", severity: .info, path: "dcat:Dataset",
                               message: "\(shown.count - maxComplianceFindings) more SHACL results not listed.",
                               remedy: "Validate the dataset on its own to see every result.", pointsLost: 0))
        }
        return out
    }

    static func message(for issue: ComplianceIssue) -> String {
        let path = issue.path ?? "a property"
        switch issue.component {
        case "MinCountConstraintComponent": return "\(path) is missing."
        case "MaxCountConstraintComponent": return "\(path) has more values than allowed."
        case "ClassConstraintComponent": return "The value of \(path) is not of the class the profile expects."
        case "DatatypeConstraintComponent": return "The value of \(path) has the wrong datatype."
        case "NodeKindConstraintComponent": return "The value of \(path) is the wrong kind of node (IRI, blank node or literal)."
        case "InConstraintComponent", "PatternConstraintComponent": return "The value of \(path) is not one the profile allows."
        default: return "\(path) breaks the \(issue.component) rule."
        }
    }

    static func remedy(for issue: ComplianceIssue) -> String {
        let path = issue.path ?? "the property"
        switch issue.component {
        case "MinCountConstraintComponent": return "Add \(path) to \(issue.focusNode)."
        case "MaxCountConstraintComponent": return "Keep only one value of \(path) on \(issue.focusNode)."
        case "ClassConstraintComponent": return "Give the value of \(path) the rdf:type the profile expects."
        case "DatatypeConstraintComponent": return "Write \(path) with the datatype the profile expects (e.g. xsd:date)."
        case "NodeKindConstraintComponent": return "Give \(path) as the kind of node the profile expects (IRI or literal)."
        case "InConstraintComponent", "PatternConstraintComponent":
            return "Use a value of \(path) from the controlled vocabulary the profile names."
        default: return "Correct \(path) as the DCAT-AP (NL) shapes require."
        }
    }
}

/// What one check found, before it is turned into points and a finding.
struct Outcome {
    var status: IndicatorStatus
    var passing = 0
    var considered: Int?
    var failingNames: [String] = []
    var note: String?

    init(passed: Bool, note: String? = nil) {
        status = passed ? .passed : .failed
        self.note = note
    }

    init(unchecked why: String) {
        status = .unchecked
        note = why
    }

    /// `passes[k]`: whether the k-th considered distribution passes; `considered`: their indices in
    /// `distributions` (nil: every one). Flags and indices, not filtered copies: a distribution handed
    /// over or iterated is a copy, a retain of each of its fields. The failing distributions' names are
    /// only read when some fail.
    init(distributions: [Distribution], considered indices: [Int]? = nil, passes: [Bool]) {
        let count = indices?.count ?? distributions.count
        func iri(_ k: Int) -> String? { distributions[indices?[k] ?? k].iri }
        let passingCount = passes.reduce(0) { $0 + ($1 ? 1 : 0) }
        considered = count
        self.passing = passingCount
        status = passingCount == 0 ? .failed : passingCount == count ? .passed : .partial
        // Every distribution passing leaves no failing name; a few are compared, many hashed.
        if passingCount < count {
            var passed: [String] = []
            for k in 0..<count where passes[k] { if let iri = iri(k) { passed.append(iri) } }
            let all = (0..<count).compactMap(iri)
            if passed.count <= 8 {
                failingNames = all.filter { !passed.contains($0) }
            } else {
                let set = Set(passed)
                failingNames = all.filter { !set.contains($0) }
            }
        }
        if count == 0 { note = "The dataset has no dcat:distribution." }
    }

    func result(for indicator: Indicator) -> IndicatorResult {
        let points: Int
        switch (status, considered) {
        case (.unchecked, _): points = 0
        case (_, let total?) where indicator.aggregation == .share:
            points = Scoring.points(max: indicator.maxPoints, passing: passing, of: total)
        default: points = passing > 0 || status == .passed ? indicator.maxPoints : 0
        }
        // A `best` indicator passes on one good distribution.
        let finalStatus: IndicatorStatus = (indicator.aggregation == .best && status == .partial) ? .passed : status
        return IndicatorResult(id: indicator.id, dimension: indicator.dimension, points: points, max: indicator.maxPoints,
                               status: finalStatus, passing: considered == nil ? nil : passing, considered: considered)
    }

    func finding(for indicator: Indicator, result: IndicatorResult) -> Finding? {
        guard result.points < result.max else { return nil }
        if result.status == .unchecked {
            return Finding(id: indicator.id, severity: .info, path: indicator.path,
                           message: FindingText.joined([note ?? "Not checked yet.", " ", indicator.label,
                                                        " scores 0 until checked."]),
                           remedy: indicator.id == "dcatApCompliance"
                               ? "Validate with the DCAT-AP shapes: oogst validate --shapes DIR."
                               : "Run oogst links to check the URLs, then score again.",
                           pointsLost: result.max)
        }
        var message = indicator.message
        if considered != nil || note != nil {
            var parts = [message]
            if let considered, considered > 0, indicator.aggregation == .share {
                parts += [" ", String(passing), " of ", String(considered),
                          considered == 1 ? " distribution pass." : " distributions pass."]
                if !failingNames.isEmpty {
                    parts.append(" Failing: ")
                    for (i, name) in failingNames.prefix(3).enumerated() {
                        if i > 0 { parts.append(", ") }
                        parts.append(name)
                    }
                    parts.append(failingNames.count > 3 ? ", …." : ".")
                }
            }
            if let note { parts += [" ", note] }
            message = FindingText.joined(parts)
        }
        var remedy = indicator.remedy
        if considered == 0, indicator.level == .distribution, indicator.id != "downloadUrlStatusCode" {
            remedy = FindingText.joined(["Add a dcat:distribution with a dcat:accessURL. ", remedy])
        }
        return Finding(id: indicator.id, severity: indicator.severity, path: indicator.path, message: message,
                       remedy: remedy, pointsLost: result.max - result.points)
    }
}

/// Texts of findings, made for every dataset: joined in one allocation. String's `+` and `+=` grew
/// the string part by part, ~600 instructions a part, and were 40 % of scoring a dataset.
enum FindingText {
    static func joined(_ parts: [String]) -> String {
        var count = 0
        for p in parts { count += p.utf8.count }
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            for var p in parts {
                p.withUTF8 { bytes in
                    let n = min(bytes.count, out.count - at)
                    if n > 0 { (out.baseAddress! + at).update(from: bytes.baseAddress!, count: n) }
                    at += n
                }
            }
            return at
        }
    }
}
