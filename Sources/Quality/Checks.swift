import DCAT

/// The test each indicator applies, on the normalised model. Reachability and compliance are not here:
/// they need outside results (`LinkStatus`, `ComplianceChecker`) and live in the scorer.
enum Checks {
    static func dataset(_ id: String) -> (@Sendable (Dataset) -> Bool)? {
        switch id {
        case "keywordAvailability": return { !$0.keywords.isEmpty }
        case "categoryAvailability": return { !$0.themes.isEmpty }
        case "spatialAvailability": return { !$0.spatial.isEmpty }
        case "temporalAvailability": return { !$0.temporal.isEmpty }
        case "accessRightsAvailability": return { $0.accessRights.map(isGiven) ?? false }
        case "accessRightsVocabularyAlignment":
            return { $0.accessRights?.iri.flatMap { Vocabularies.accessRights.code(of: $0) } != nil }
        case "contactPointAvailability": return { !$0.contactPoints.isEmpty }
        case "publisherAvailability": return { $0.publisher != nil }
        case "dateIssuedAvailability": return { $0.issued != nil }
        case "dateModifiedAvailability": return { $0.modified != nil }
        default: return nil
        }
    }

    /// Distribution tests get the dataset too: a DONL 1.1 licence or rights statement on the dataset
    /// covers distributions that state none of their own. A test gets the distribution's index, not the
    /// distribution: handing a distribution to a closure copied it (a retain of each of its ~25 fields).
    static func distribution(_ id: String) -> (@Sendable (Dataset, Int) -> Bool)? {
        switch id {
        case "downloadUrlAvailability": return { ds, i in !ds.distributions[i].downloadURLs.isEmpty }
        case "formatAvailability": return { ds, i in ds.distributions[i].format.map(isGiven) ?? false }
        case "mediaTypeAvailability": return { ds, i in !(ds.distributions[i].mediaType ?? "").isEmpty }
        case "formatMediaTypeVocabularyAlignment":
            return { ds, i in
                vocabularyAligned(format: ds.distributions[i].format, mediaType: ds.distributions[i].mediaType,
                                  fileTypeCode: Distribution.fileTypeCode(of: ds.distributions[i].format))
            }
        case "formatMediaTypeNonProprietary":
            return { ds, i in
                fileType(code: Distribution.fileTypeCode(of: ds.distributions[i].format),
                         mediaType: ds.distributions[i].mediaType)?.nonProprietary ?? false
            }
        case "formatMediaTypeMachineInterpretable":
            return { ds, i in
                fileType(code: Distribution.fileTypeCode(of: ds.distributions[i].format),
                         mediaType: ds.distributions[i].mediaType)?.machineReadable ?? false
            }
        case "licenceAvailability": return { ds, i in (ds.distributions[i].license ?? ds.license).map(isGiven) ?? false }
        case "knownLicence": return { ds, i in (ds.distributions[i].license ?? ds.license).map(isKnown) ?? false }
        case "rightsAvailability": return { ds, i in !ds.distributions[i].rights.isEmpty || !ds.rights.isEmpty }
        case "byteSizeAvailability": return { ds, i in ds.distributions[i].byteSize != nil }
        default: return nil
        }
    }

    static func isGiven(_ c: Concept) -> Bool { c.iri != nil || !c.label.isEmpty }
    static func isGiven(_ r: RightsStatement) -> Bool { r.iri != nil || !r.label.isEmpty }
    static func isGiven(_ l: LicenseDocument) -> Bool { l.iri != nil || !l.label.isEmpty }

    /// A licence from the EU licence vocabulary or the DCAT-AP NL list (Creative Commons in any
    /// spelling, the OWMS closed licence). "Licence unknown" names no licence.
    static func isKnown(_ l: LicenseDocument) -> Bool {
        if l.euCode != nil { return true }
        guard let iri = l.iri, iri != Licences.unknownOWMS else { return false }
        return Licences.info(iri: iri) != nil
    }

    // The helpers below take a distribution's fields, not the distribution (a copy of it, as above).

    /// Every format and media type given comes from its vocabulary (EU file types, IANA), and at least
    /// one is given.
    static func vocabularyAligned(format: Concept?, mediaType: String?, fileTypeCode: String?) -> Bool {
        let given = format.map(isGiven) ?? false
        let media = mediaType.flatMap { $0.isEmpty ? nil : $0 }
        guard given || media != nil else { return false }
        if given, fileTypeCode == nil { return false }
        if let media, !(MediaTypes.type(of: media).map(MediaTypes.isRegistered) ?? false) { return false }
        return true
    }

    /// The EU file type of a distribution: its dct:format (`code`), else what its media type stands for.
    static func fileType(code: String?, mediaType: String?) -> FileTypes.Info? {
        if let code, let info = FileTypes.info(code: code) { return info }
        if let mediaType, let type = MediaTypes.type(of: mediaType), let code = FileTypes.code(forText: type) {
            return FileTypes.info(code: code)
        }
        return nil
    }
}
