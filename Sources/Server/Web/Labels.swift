import Hummingbird
import Quality

/// The words of the web pages in Dutch and English. The language comes from `?lang=`, else the first of
/// `nl`/`en` in Accept-Language, else Dutch.
struct Labels {
    let lang: String

    static func language(_ request: Request, _ query: QueryString) -> String {
        if let l = query["lang"], l == "nl" || l == "en" { return l }
        if let header = request.headers[.acceptLanguage]?.lowercased() {
            for part in header.split(separator: ",") {
                let tag = part.split(separator: ";").first?.trimmingCharacters(in: [" "]) ?? ""
                if tag.hasPrefix("nl") { return "nl" }
                if tag.hasPrefix("en") { return "en" }
            }
        }
        return "nl"
    }

    subscript(_ key: String) -> String {
        (lang == "en" ? Self.en[key] : Self.nl[key]) ?? Self.en[key] ?? key
    }

    /// Every label, for templates (`{{t.search}}`).
    var all: [String: String] { lang == "en" ? Self.en : Self.nl.merging(Self.en) { nl, _ in nl } }

    func rating(_ r: Rating) -> String {
        lang == "nl" ? r.labelNL : r.rawValue.prefix(1).uppercased() + r.rawValue.dropFirst()
    }

    func rating(_ raw: String) -> String { Rating(rawValue: raw).map(rating) ?? raw }

    func dimension(_ d: Quality.Dimension) -> String { self["dim." + d.rawValue] }

    func facet(_ name: String) -> String { self["facet." + name] }

    static let en: [String: String] = [
        "skip": "Skip to content", "nav": "Main", "home": "Search", "publishers": "Publishers", "api": "API",
        "search": "Search", "searchLabel": "Search datasets", "searchHint": "Words, \"a phrase\", prefix*, -exclude, a OR b",
        "results": "datasets", "result": "dataset", "noResults": "No datasets match.", "filters": "Filters",
        "removeFilter": "Remove filter", "score": "Score", "of": "of", "page": "Page", "previous": "Previous page",
        "next": "Next page", "publisher": "Publisher", "noPublisher": "(no publisher)", "source": "Source",
        "facet.publisher": "Publisher", "facet.theme": "Theme", "facet.format": "Format", "facet.license": "Licence",
        "facet.rating": "Rating", "facet.source": "Source",
        "dim.findability": "Findability", "dim.accessibility": "Accessibility", "dim.interoperability": "Interoperability",
        "dim.reusability": "Reusability", "dim.contextuality": "Contextuality",
        "fixFirst": "What to fix first", "fixFirstIntro": "Findings that cost points, most points first.",
        "pointsLost": "points lost", "noFixes": "Nothing costs points. Well done.", "otherFindings": "Other findings",
        "remedy": "Remedy", "distributions": "Distributions", "format": "Format", "access": "Access URL",
        "download": "Download URL", "license": "Licence", "history": "Score history", "run": "run",
        "description": "Description", "keywords": "Keywords", "themes": "Themes", "modified": "Modified",
        "identifier": "Identifier", "downloadDescription": "DCAT-AP NL 3.0 description", "scorePerDimension": "Mean points per dimension", "pointsPerDimension": "Points per dimension",
        "datasetsPerBand": "Datasets per rating band", "scoreOverRuns": "Mean score over harvest runs",
        "meanScore": "Mean score", "datasets": "Datasets", "topFixes": "Fixes that gain most", "gain": "Gain",
        "allDatasets": "All datasets of this publisher", "noHistory": "No harvest runs recorded yet.",
        "points": "points", "notFound": "Not found", "error": "Something went wrong", "back": "Back to search",
        "dashboard": "Quality dashboard", "sortLabel": "Order", "sort.relevance": "Relevance", "sort.score": "Score",
        "sort.modified": "Last modified", "apply": "Apply", "language": "Nederlands", "otherLang": "nl",
        "catalog": "DCAT catalog", "unchecked": "not checked", "each": "each", "inAll": "in all",
        "dimension": "Dimension", "band": "Rating band", "count": "Count", "mean": "Mean", "max": "Max",
        "chartTable": "Chart data",
    ]

    static let nl: [String: String] = [
        "skip": "Naar de inhoud", "nav": "Hoofdmenu", "home": "Zoeken", "publishers": "Uitgevers", "api": "API",
        "search": "Zoeken", "searchLabel": "Zoek datasets", "searchHint": "Woorden, \"een zin\", begin*, -zonder, a OR b",
        "results": "datasets", "result": "dataset", "noResults": "Geen datasets gevonden.", "filters": "Filters",
        "removeFilter": "Filter weghalen", "score": "Score", "of": "van", "page": "Pagina", "previous": "Vorige pagina",
        "next": "Volgende pagina", "publisher": "Uitgever", "noPublisher": "(geen uitgever)", "source": "Bron",
        "facet.publisher": "Uitgever", "facet.theme": "Thema", "facet.format": "Formaat", "facet.license": "Licentie",
        "facet.rating": "Beoordeling", "facet.source": "Bron",
        "dim.findability": "Vindbaarheid", "dim.accessibility": "Toegankelijkheid", "dim.interoperability": "Interoperabiliteit",
        "dim.reusability": "Herbruikbaarheid", "dim.contextuality": "Context",
        "fixFirst": "Wat eerst verbeteren", "fixFirstIntro": "Bevindingen die punten kosten, de meeste punten eerst.",
        "pointsLost": "punten verloren", "noFixes": "Niets kost punten. Goed gedaan.", "otherFindings": "Overige bevindingen",
        "remedy": "Oplossing", "distributions": "Distributies", "format": "Formaat", "access": "Toegangs-URL",
        "download": "Download-URL", "license": "Licentie", "history": "Scoreverloop", "run": "oogstronde",
        "description": "Beschrijving", "keywords": "Trefwoorden", "themes": "Thema's", "modified": "Gewijzigd",
        "identifier": "Identificatie", "downloadDescription": "DCAT-AP NL 3.0-beschrijving", "scorePerDimension": "Gemiddelde punten per dimensie", "pointsPerDimension": "Punten per dimensie",
        "datasetsPerBand": "Datasets per beoordeling", "scoreOverRuns": "Gemiddelde score per oogstronde",
        "meanScore": "Gemiddelde score", "datasets": "Datasets", "topFixes": "Verbeteringen die het meest opleveren", "gain": "Winst",
        "allDatasets": "Alle datasets van deze uitgever", "noHistory": "Nog geen oogstrondes vastgelegd.",
        "points": "punten", "notFound": "Niet gevonden", "error": "Er ging iets mis", "back": "Terug naar zoeken",
        "dashboard": "Kwaliteitsdashboard", "sortLabel": "Volgorde", "sort.relevance": "Relevantie", "sort.score": "Score",
        "sort.modified": "Laatst gewijzigd", "apply": "Toepassen", "language": "English", "otherLang": "en",
        "catalog": "DCAT-catalogus", "unchecked": "niet gecontroleerd", "each": "elk", "inAll": "totaal",
        "dimension": "Dimensie", "band": "Beoordeling", "count": "Aantal", "mean": "Gemiddeld", "max": "Maximum",
        "chartTable": "Gegevens van de grafiek",
    ]
}
