import Testing
@testable import Quality

@Suite struct CatalogueTests {
    @Test func indicatorsAndWeights() {
        let ids = IndicatorCatalogue.all.map(\.id)
        #expect(ids == ["keywordAvailability", "categoryAvailability", "spatialAvailability", "temporalAvailability",
                        "accessUrlStatusCode", "downloadUrlAvailability", "downloadUrlStatusCode",
                        "formatAvailability", "mediaTypeAvailability", "formatMediaTypeVocabularyAlignment",
                        "formatMediaTypeNonProprietary", "formatMediaTypeMachineInterpretable", "dcatApCompliance",
                        "licenceAvailability", "knownLicence", "accessRightsAvailability", "accessRightsVocabularyAlignment",
                        "contactPointAvailability", "publisherAvailability",
                        "rightsAvailability", "byteSizeAvailability", "dateIssuedAvailability", "dateModifiedAvailability"])
        #expect(IndicatorCatalogue.maxTotal == 405)
        #expect(IndicatorCatalogue.maxPoints(of: .findability) == 100)
        #expect(IndicatorCatalogue.maxPoints(of: .accessibility) == 100)
        #expect(IndicatorCatalogue.maxPoints(of: .interoperability) == 110)
        #expect(IndicatorCatalogue.maxPoints(of: .reusability) == 75)
        #expect(IndicatorCatalogue.maxPoints(of: .contextuality) == 20)
        #expect(IndicatorCatalogue.indicator("knownLicence")?.metricIRI == "https://piveau.eu/ns/voc#knownLicence")
    }

    @Test func everyIndicatorSaysWhatToDo() {
        for i in IndicatorCatalogue.all {
            #expect(!i.message.isEmpty && !i.remedy.isEmpty && !i.labelNL.isEmpty, "\(i.id)")
            #expect(i.path.contains(":"), "\(i.id): \(i.path)")
            #expect((i.level == .distribution) == i.path.hasPrefix("dcat:distribution/"), "\(i.id)")
        }
        #expect(Set(IndicatorCatalogue.all.map(\.remedy)).count == IndicatorCatalogue.all.count)
    }
}
