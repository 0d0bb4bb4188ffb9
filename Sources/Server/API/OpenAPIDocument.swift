/// The OpenAPI 3.0 description of `/api/v1`, served at `/api/v1/openapi.json`. The tests validate real
/// responses of every endpoint against these schemas, so the document cannot drift from the code.
enum OpenAPIDocument {
    static func json(serverURL: String) -> String {
        template.replacingOccurrences(of: "__SERVER__", with: serverURL.replacingOccurrences(of: "\"", with: "%22"))
    }

    static let template = #"""
{
  "openapi": "3.0.3",
  "info": {
    "title": "Oogst catalog API",
    "version": "1.0.0",
    "description": "Search the datasets an Oogst instance harvested, read their metadata-quality scores (data.europa.eu MQA method, 405 points, with DCAT-AP NL findings and remedies), and follow publishers' scores over harvest runs. Read-only. Errors are application/problem+json (RFC 9457). Collections are paged with page and pageSize and carry HAL _links (self, first, prev, next, last) and an RFC 8288 Link header.",
    "contact": {"name": "Oogst maintainers"},
    "license": {"name": "EUPL-1.2"}
  },
  "servers": [{"url": "__SERVER__"}],
  "paths": {
    "/": {
      "get": {
        "operationId": "getIndex",
        "summary": "Links to every collection",
        "responses": {
          "200": {"description": "HAL links", "content": {"application/json": {"schema": {"type": "object", "required": ["_links"], "properties": {"_links": {"$ref": "#/components/schemas/Links"}}}}}},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/datasets": {
      "get": {
        "operationId": "searchDatasets",
        "summary": "Full-text search with filters and facets (as oogst search)",
        "parameters": [
          {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 1000}, "description": "Words (all must match), \"a phrase\", prefix*, -excluded, a OR b."},
          {"$ref": "#/components/parameters/publisher"},
          {"$ref": "#/components/parameters/theme"},
          {"$ref": "#/components/parameters/format"},
          {"$ref": "#/components/parameters/license"},
          {"$ref": "#/components/parameters/rating"},
          {"$ref": "#/components/parameters/source"},
          {"name": "minScore", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 405}},
          {"name": "modifiedSince", "in": "query", "schema": {"type": "string", "example": "2024-01-31"}},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "score", "modified"], "default": "relevance"}},
          {"$ref": "#/components/parameters/page"},
          {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
        ],
        "responses": {
          "200": {"description": "One page of hits with facet counts over the whole result", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}, "Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DatasetPage"}}, "application/hal+json": {"schema": {"$ref": "#/components/schemas/DatasetPage"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/datasets/{id}": {
      "get": {
        "operationId": "getDataset",
        "summary": "One dataset: score, indicators, findings with remedies, what to fix first; or its DCAT-AP NL 3.0 description",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The record number, or the dataset IRI percent-encoded"}],
        "responses": {
          "200": {"description": "The dataset", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DatasetDetail"}},
                              "application/hal+json": {"schema": {"$ref": "#/components/schemas/DatasetDetail"}},
                              "text/turtle": {"schema": {"type": "string"}}, "application/rdf+xml": {"schema": {"type": "string"}},
                              "application/ld+json": {"schema": {"type": "string"}}, "application/n-triples": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/publishers": {
      "get": {
        "operationId": "listPublishers",
        "summary": "Publishers with their dataset count, mean score and datasets per rating band, most datasets first",
        "parameters": [{"$ref": "#/components/parameters/page"}, {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}}],
        "responses": {
          "200": {"description": "One page of publishers", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}, "Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublisherPage"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/publishers/{id}": {
      "get": {
        "operationId": "getPublisher",
        "summary": "One publisher: counts, mean points per dimension, the fixes that would gain most",
        "parameters": [{"$ref": "#/components/parameters/publisherId"}],
        "responses": {
          "200": {"description": "The publisher", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublisherDetail"}}}},
          "404": {"$ref": "#/components/responses/NotFound"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/publishers/{id}/scores": {
      "get": {
        "operationId": "getPublisherScores",
        "summary": "A publisher's mean score after each harvest run",
        "parameters": [{"$ref": "#/components/parameters/publisherId"}],
        "responses": {
          "200": {"description": "Score history over runs, oldest first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublisherScores"}}}},
          "404": {"$ref": "#/components/responses/NotFound"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/scores": {
      "get": {
        "operationId": "exportScores",
        "summary": "Quality scores per dataset, publisher or source: JSON (paged), CSV (Accept: text/csv, whole catalog) or W3C DQV (Accept: text/turtle, per dataset)",
        "parameters": [
          {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["dataset", "publisher", "source"], "default": "dataset"}},
          {"name": "source", "in": "query", "schema": {"type": "string"}, "description": "Only this source (CSV, DQV, and JSON grouped by publisher or source)"},
          {"$ref": "#/components/parameters/page"},
          {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}}
        ],
        "responses": {
          "200": {"description": "Scores", "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScorePage"}},
                              "text/csv": {"schema": {"type": "string"}}, "text/turtle": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/sources": {
      "get": {
        "operationId": "listSources",
        "summary": "Configured sources with their dataset count and last run",
        "responses": {
          "200": {"description": "Every source", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SourceList"}}}},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/runs": {
      "get": {
        "operationId": "listRuns",
        "summary": "Harvest runs, newest first, with counts and page errors",
        "parameters": [{"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/page"},
                       {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20}}],
        "responses": {
          "200": {"description": "One page of runs", "headers": {"Link": {"$ref": "#/components/headers/Link"}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RunPage"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "406": {"$ref": "#/components/responses/NotAcceptable"}
        }
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "getOpenAPI",
        "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3.0 document", "content": {"application/vnd.oai.openapi+json": {"schema": {"type": "object"}}, "application/json": {"schema": {"type": "object"}}}}}
      }
    }
  },
  "components": {
    "headers": {
      "API-Version": {"description": "The full version of the API", "schema": {"type": "string", "example": "1.0.0"}},
      "Link": {"description": "RFC 8288 links to the first, prev, next and last page", "schema": {"type": "string"}}
    },
    "parameters": {
      "page": {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
      "publisher": {"name": "publisher", "in": "query", "description": "Publisher IRI or name; repeat for alternatives", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
      "theme": {"name": "theme", "in": "query", "description": "EU data theme code (TRAN), label or IRI; repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
      "format": {"name": "format", "in": "query", "description": "Distribution format (CSV, a media type…); repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
      "license": {"name": "license", "in": "query", "description": "Licence IRI or EU code; repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
      "rating": {"name": "rating", "in": "query", "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rating"}}, "style": "form", "explode": true},
      "source": {"name": "source", "in": "query", "description": "Source id; repeatable for datasets", "schema": {"type": "string"}},
      "publisherId": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}
    },
    "responses": {
      "BadRequest": {"description": "A parameter (or the Accept header) is wrong; invalidParams names it", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
      "NotFound": {"description": "No such resource", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
      "NotAcceptable": {"description": "None of the media types in Accept can be served; detail lists those that can", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    },
    "schemas": {
      "Problem": {"type": "object", "required": ["type", "title", "status", "detail"], "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "instance": {"type": "string"},
        "invalidParams": {"type": "array", "items": {"type": "object", "required": ["name", "reason"], "properties": {"name": {"type": "string"}, "reason": {"type": "string"}}}}}},
      "Link": {"type": "object", "required": ["href"], "properties": {"href": {"type": "string"}}},
      "Links": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Link"}},
      "Rating": {"type": "string", "enum": ["excellent", "good", "sufficient", "bad"]},
      "FacetCount": {"type": "object", "required": ["value", "label", "count"], "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"}}},
      "SearchHit": {"type": "object", "required": ["id", "iri", "title", "publisher", "score", "rating", "rank", "source", "_links"], "properties": {
        "id": {"type": "integer"}, "iri": {"type": "string"}, "title": {"type": "string"}, "publisher": {"type": "string"},
        "score": {"type": "integer"}, "rating": {"$ref": "#/components/schemas/Rating"}, "rank": {"type": "integer"},
        "relevance": {"type": "number", "nullable": true}, "source": {"type": "string"}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "DatasetPage": {"type": "object", "required": ["total", "page", "pageSize", "hits", "facets", "_links"], "properties": {
        "total": {"type": "integer"}, "page": {"type": "integer"}, "pageSize": {"type": "integer"},
        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
        "facets": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FacetCount"}}},
        "_links": {"$ref": "#/components/schemas/Links"}}},
      "Score": {"type": "object", "required": ["total", "max", "rating", "findability", "accessibility", "interoperability", "reusability", "contextuality"], "properties": {
        "total": {"type": "integer"}, "max": {"type": "integer"}, "rating": {"$ref": "#/components/schemas/Rating"},
        "findability": {"type": "integer"}, "accessibility": {"type": "integer"}, "interoperability": {"type": "integer"},
        "reusability": {"type": "integer"}, "contextuality": {"type": "integer"}}},
      "Indicator": {"type": "object", "required": ["id", "dimension", "points", "max", "status"], "properties": {
        "id": {"type": "string"}, "dimension": {"type": "string", "enum": ["findability", "accessibility", "interoperability", "reusability", "contextuality"]},
        "points": {"type": "integer"}, "max": {"type": "integer"}, "status": {"type": "string", "enum": ["passed", "failed", "partial", "unchecked"]}}},
      "Finding": {"type": "object", "required": ["id", "severity", "path", "message", "remedy", "points_lost"], "properties": {
        "id": {"type": "string"}, "severity": {"type": "string", "enum": ["violation", "warning", "info"]}, "path": {"type": "string"},
        "message": {"type": "string"}, "remedy": {"type": "string"}, "points_lost": {"type": "integer"}}},
      "ScorePoint": {"type": "object", "required": ["total", "rating", "recorded_at"], "properties": {
        "run": {"type": "integer", "nullable": true}, "total": {"type": "integer"}, "rating": {"$ref": "#/components/schemas/Rating"}, "recorded_at": {"type": "string"}}},
      "DistributionSummary": {"type": "object", "required": ["access_urls", "download_urls"], "properties": {
        "title": {"type": "string", "nullable": true}, "access_urls": {"type": "array", "items": {"type": "string"}},
        "download_urls": {"type": "array", "items": {"type": "string"}}, "format": {"type": "string", "nullable": true},
        "media_type": {"type": "string", "nullable": true}, "license": {"type": "string", "nullable": true}}},
      "DatasetSummary": {"type": "object", "required": ["keywords", "themes", "landing_pages", "distributions"], "properties": {
        "description": {"type": "string", "nullable": true}, "keywords": {"type": "array", "items": {"type": "string"}},
        "themes": {"type": "array", "items": {"type": "string"}}, "landing_pages": {"type": "array", "items": {"type": "string"}},
        "modified": {"type": "string", "nullable": true}, "issued": {"type": "string", "nullable": true},
        "distributions": {"type": "array", "items": {"$ref": "#/components/schemas/DistributionSummary"}}}},
      "DatasetDetail": {"type": "object", "required": ["iri", "title", "publisher", "score", "indicators", "findings", "id", "source", "hash", "history", "fix_first", "dataset", "_links"], "properties": {
        "iri": {"type": "string"}, "title": {"type": "string"}, "publisher": {"type": "string"},
        "score": {"$ref": "#/components/schemas/Score"},
        "indicators": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}},
        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "id": {"type": "integer"}, "source": {"type": "string"}, "hash": {"type": "string"},
        "history": {"type": "array", "items": {"$ref": "#/components/schemas/ScorePoint"}},
        "first_seen_run": {"type": "integer", "nullable": true}, "last_seen_run": {"type": "integer", "nullable": true},
        "withdrawn_at": {"type": "string", "nullable": true},
        "fix_first": {"type": "array", "items": {"type": "string"}, "description": "Finding ids that cost points, most points first"},
        "dataset": {"$ref": "#/components/schemas/DatasetSummary"}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "Bands": {"type": "object", "required": ["excellent", "good", "sufficient", "bad"], "properties": {
        "excellent": {"type": "integer"}, "good": {"type": "integer"}, "sufficient": {"type": "integer"}, "bad": {"type": "integer"}}},
      "PublisherSummary": {"type": "object", "required": ["id", "key", "name", "datasets", "mean_score", "bands"], "properties": {
        "id": {"type": "integer"}, "key": {"type": "string"}, "name": {"type": "string"}, "datasets": {"type": "integer"},
        "mean_score": {"type": "number"}, "bands": {"$ref": "#/components/schemas/Bands"}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "PublisherPage": {"type": "object", "required": ["total", "page", "pageSize", "publishers", "_links"], "properties": {
        "total": {"type": "integer"}, "page": {"type": "integer"}, "pageSize": {"type": "integer"},
        "publishers": {"type": "array", "items": {"$ref": "#/components/schemas/PublisherSummary"}}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "RankedFix": {"type": "object", "required": ["id", "path", "remedy", "datasets", "total_points"], "properties": {
        "id": {"type": "string"}, "path": {"type": "string"}, "remedy": {"type": "string"}, "datasets": {"type": "integer"},
        "total_points": {"type": "integer"}, "points_each": {"type": "integer", "nullable": true}}},
      "PublisherDetail": {"allOf": [{"$ref": "#/components/schemas/PublisherSummary"}, {"type": "object", "required": ["dimensions", "fixes", "_links"], "properties": {
        "dimensions": {"type": "object", "additionalProperties": {"type": "number"}},
        "fixes": {"type": "array", "items": {"$ref": "#/components/schemas/RankedFix"}}}}]},
      "PublisherRunScore": {"type": "object", "required": ["run", "source", "started_at", "datasets", "mean_score"], "properties": {
        "run": {"type": "integer"}, "source": {"type": "string"}, "started_at": {"type": "string"}, "datasets": {"type": "integer"}, "mean_score": {"type": "number"}}},
      "PublisherScores": {"type": "object", "required": ["publisher", "history", "_links"], "properties": {
        "publisher": {"$ref": "#/components/schemas/PublisherSummary"},
        "history": {"type": "array", "items": {"$ref": "#/components/schemas/PublisherRunScore"}}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "ScoreEntry": {"type": "object", "required": ["iri", "title", "publisher", "score", "indicators", "findings", "id", "source"], "properties": {
        "iri": {"type": "string"}, "title": {"type": "string"}, "publisher": {"type": "string"}, "score": {"$ref": "#/components/schemas/Score"},
        "indicators": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "id": {"type": "integer"}, "source": {"type": "string"}}},
      "QualityAggregate": {"type": "object", "required": ["key", "label", "datasets", "mean_score", "bands", "fixes"], "properties": {
        "key": {"type": "string"}, "label": {"type": "string"}, "datasets": {"type": "integer"}, "mean_score": {"type": "number"},
        "bands": {"$ref": "#/components/schemas/Bands"}, "fixes": {"type": "array", "items": {"$ref": "#/components/schemas/RankedFix"}}}},
      "ScorePage": {"type": "object", "required": ["total", "page", "pageSize", "_links"], "properties": {
        "total": {"type": "integer"}, "page": {"type": "integer"}, "pageSize": {"type": "integer"},
        "datasets": {"type": "array", "items": {"$ref": "#/components/schemas/ScoreEntry"}, "description": "by=dataset"},
        "groups": {"type": "array", "items": {"$ref": "#/components/schemas/QualityAggregate"}, "description": "by=publisher or by=source"},
        "_links": {"$ref": "#/components/schemas/Links"}}},
      "PageError": {"type": "object", "required": ["url", "message"], "properties": {
        "url": {"type": "string"}, "line": {"type": "integer", "nullable": true}, "column": {"type": "integer", "nullable": true}, "message": {"type": "string"}}},
      "Run": {"type": "object", "required": ["id", "source", "status", "started_at", "pages", "added", "updated", "unchanged", "withdrawn", "failed", "errors"], "properties": {
        "id": {"type": "integer"}, "source": {"type": "string"}, "status": {"type": "string", "enum": ["running", "succeeded", "partial", "failed", "held"]},
        "started_at": {"type": "string"}, "finished_at": {"type": "string", "nullable": true}, "pages": {"type": "integer"}, "added": {"type": "integer"},
        "updated": {"type": "integer"}, "unchanged": {"type": "integer"}, "withdrawn": {"type": "integer"}, "failed": {"type": "integer"},
        "message": {"type": "string", "nullable": true}, "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PageError"}}}},
      "RunPage": {"type": "object", "required": ["total", "page", "pageSize", "runs", "_links"], "properties": {
        "total": {"type": "integer"}, "page": {"type": "integer"}, "pageSize": {"type": "integer"},
        "runs": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}}, "_links": {"$ref": "#/components/schemas/Links"}}},
      "Source": {"type": "object", "required": ["id", "title", "url", "kind", "datasets"], "properties": {
        "id": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "kind": {"type": "string"},
        "datasets": {"type": "integer"}, "last_run": {"allOf": [{"$ref": "#/components/schemas/Run"}], "nullable": true}}},
      "SourceList": {"type": "object", "required": ["sources"], "properties": {"sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}}
    }
  }
}
"""#
}
