import Foundation
import Testing

/// The OpenAPI document is served, describes every endpoint, and the real responses match its schemas.
@Suite struct OpenAPITests {
    @Test func documentDescribesTheRealResponses() async throws {
        let server = try await TestServer.running()
        let r = try await HTTPClient.get(server.port, "/api/v1/openapi.json")
        #expect(r.status == 200)
        #expect(r.header("API-Version") == "1.0.0")
        let document = try r.json()
        #expect(document["openapi"] as? String == "3.0.3")
        #expect((document["info"] as? [String: Any])?["version"] as? String == "1.0.0")
        #expect(((document["servers"] as? [[String: Any]])?.first?["url"] as? String) == "http://127.0.0.1:\(server.port)/api/v1")
        let validator = SchemaValidator(document: document)
        let paths = try #require(document["paths"] as? [String: Any])

        let datasetID = try #require(((try await HTTPClient.get(server.port, "/api/v1/datasets?q=fietspad").json()["hits"] as? [[String: Any]])?.first?["id"] as? Int))
        let publisherID = try #require(((try await HTTPClient.get(server.port, "/api/v1/publishers").json()["publishers"] as? [[String: Any]])?.first?["id"] as? Int))

        // (documented path, request, expected status)
        let calls: [(String, String, Int)] = [
            ("/", "/api/v1", 200),
            ("/datasets", "/api/v1/datasets?pageSize=2&sort=score", 200),
            ("/datasets", "/api/v1/datasets?q=fietspad", 200),
            ("/datasets", "/api/v1/datasets?pageSize=0", 400),
            ("/datasets", "/api/v1/datasets?theme=NOPE", 400),
            ("/datasets/{id}", "/api/v1/datasets/\(datasetID)", 200),
            ("/datasets/{id}", "/api/v1/datasets/424242", 404),
            ("/publishers", "/api/v1/publishers", 200),
            ("/publishers", "/api/v1/publishers?page=x", 400),
            ("/publishers/{id}", "/api/v1/publishers/\(publisherID)", 200),
            ("/publishers/{id}", "/api/v1/publishers/424242", 404),
            ("/publishers/{id}/scores", "/api/v1/publishers/\(publisherID)/scores", 200),
            ("/publishers/{id}/scores", "/api/v1/publishers/424242/scores", 404),
            ("/scores", "/api/v1/scores?pageSize=3", 200),
            ("/scores", "/api/v1/scores?by=publisher", 200),
            ("/scores", "/api/v1/scores?by=source", 200),
            ("/scores", "/api/v1/scores?by=nobody", 400),
            ("/sources", "/api/v1/sources", 200),
            ("/runs", "/api/v1/runs", 200),
            ("/runs", "/api/v1/runs?source=demo&pageSize=1", 200),
            ("/runs", "/api/v1/runs?pageSize=-1", 400),
        ]
        var covered = Set<String>()
        for (documented, request, status) in calls {
            let response = try await HTTPClient.get(server.port, request)
            #expect(response.status == status, "\(request)")
            let mediaType = response.mediaType ?? "?"
            guard let schema = validator.responseSchema(path: documented, status: status, mediaType: mediaType) else {
                Issue.record("\(documented) \(status) \(mediaType) is not documented")
                continue
            }
            let problems = validator.errors(try JSONSerialization.jsonObject(with: Data(response.body)), schema)
            #expect(problems.isEmpty, "\(request): \(problems.prefix(5))")
            covered.insert(documented)
        }
        // 406 is documented on every endpoint that negotiates, and answered as documented.
        let notAcceptable = try await HTTPClient.get(server.port, "/api/v1/sources", accept: "image/png")
        let schema406 = try #require(validator.responseSchema(path: "/sources", status: 406, mediaType: "application/problem+json"))
        #expect(validator.errors(try JSONSerialization.jsonObject(with: Data(notAcceptable.body)), schema406).isEmpty)
        // Every documented path was exercised.
        covered.insert("/openapi.json")
        #expect(Set(paths.keys) == covered)
    }

    @Test func validatorCatchesMismatches() throws {
        let doc: [String: Any] = ["components": ["schemas": ["Thing": ["type": "object", "required": ["a"],
                                                                      "properties": ["a": ["type": "integer"], "b": ["type": "string", "nullable": true]]]]]]
        let v = SchemaValidator(document: doc)
        let ref: [String: Any] = ["$ref": "#/components/schemas/Thing"]
        #expect(v.errors(["a": 1, "b": NSNull()], ref).isEmpty)
        #expect(!v.errors(["b": "x"], ref).isEmpty)
        #expect(!v.errors(["a": "1"], ref).isEmpty)
        #expect(!v.errors(["a": 1, "c": 2], ref).isEmpty)
    }
}
