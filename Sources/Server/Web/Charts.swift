import Foundation

/// Inline SVG charts drawn on the server: no script, text in the picture is real text, and each chart
/// carries a `<title>` and `<desc>` (role="img", aria-labelledby) that say in words what it shows.
enum Charts {
    struct Bar {
        var label: String
        var value: Double
        var max: Double
        var valueText: String
        var color: String
    }

    /// Horizontal bars, one per row, each against its own maximum.
    static func bars(id: String, title: String, bars: [Bar]) -> String {
        let rowHeight = 34, labelWidth = 170, barWidth = 300, width = labelWidth + barWidth + 90
        let height = rowHeight * bars.count + 10
        var svg = open(id: id, title: title, desc: bars.map { "\($0.label): \($0.valueText)" }.joined(separator: "; "),
                       width: width, height: height)
        for (i, b) in bars.enumerated() {
            let y = 5 + i * rowHeight
            let share = b.max > 0 ? min(1, max(0, b.value / b.max)) : 0
            let w = Int((share * Double(barWidth)).rounded())
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 20)\" text-anchor=\"end\" class=\"chart-label\">\(escape(b.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"22\" fill=\"#e8e8e8\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"22\" fill=\"\(b.color)\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 20)\" class=\"chart-value\">\(escape(b.valueText))</text>"
        }
        return svg + "</svg>"
    }

    /// A line of mean scores over runs (0–405 on the y axis), each point labelled with its run.
    static func line(id: String, title: String, points: [(label: String, value: Double)], maxValue: Double = 405) -> String {
        let width = 560, height = 240, left = 50, right = 20, top = 15, bottom = 45
        let plotW = width - left - right, plotH = height - top - bottom
        let desc = points.map { "\($0.label): \(format($0.value))" }.joined(separator: "; ")
        var svg = open(id: id, title: title, desc: desc, width: width, height: height)
        for tick in stride(from: 0.0, through: maxValue, by: maxValue / 3) {
            let y = top + plotH - Int((tick / maxValue * Double(plotH)).rounded())
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + plotW)\" y2=\"\(y)\" stroke=\"#d0d0d0\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"chart-axis\">\(Int(tick))</text>"
        }
        guard !points.isEmpty else { return svg + "</svg>" }
        let step = points.count > 1 ? Double(plotW) / Double(points.count - 1) : 0
        var coordinates: [(Int, Int)] = []
        for (i, p) in points.enumerated() {
            let x = left + (points.count > 1 ? Int((Double(i) * step).rounded()) : plotW / 2)
            let y = top + plotH - Int((min(p.value, maxValue) / maxValue * Double(plotH)).rounded())
            coordinates.append((x, y))
        }
        if coordinates.count > 1 {
            svg += "<polyline fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"3\" points=\""
                + coordinates.map { "\($0.0),\($0.1)" }.joined(separator: " ") + "\"/>"
        }
        // Label at most ~8 points on the x axis so the text never overlaps.
        let labelEvery = max(1, (points.count + 7) / 8)
        for (i, (x, y)) in coordinates.enumerated() {
            svg += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"4\" fill=\"#1f4e8c\"/>"
            if i % labelEvery == 0 || i == coordinates.count - 1 {
                svg += "<text x=\"\(x)\" y=\"\(top + plotH + 18)\" text-anchor=\"middle\" class=\"chart-axis\">\(escape(points[i].label))</text>"
                svg += "<text x=\"\(x)\" y=\"\(max(12, y - 8))\" text-anchor=\"middle\" class=\"chart-value\">\(format(points[i].value))</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func open(id: String, title: String, desc: String, width: Int, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" style=\"max-width:\(width)px\" class=\"chart\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(desc))</desc>"
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Colours of the rating bands, each with at least 4.5:1 contrast against white text (WCAG AA).
    static func color(_ rating: String) -> String {
        switch rating {
        case "excellent": return "#14622b"
        case "good": return "#1f4e8c"
        case "sufficient": return "#8a4b00"
        default: return "#a3231b"
        }
    }
}
