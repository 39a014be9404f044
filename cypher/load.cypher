// tariffgraph: the whole load as LOAD CSV, for a Neo4j server whose import folder holds import/*.csv.
// Run cypher/schema.cypher first, then these statements in order (Browser: paste the file; cypher-shell -f).
// Generated from the loader's schema (org.tariffgraph.internal.load.Schema); do not edit by hand.
// Unlike the Java loader, LOAD CSV does not validate: check a folder first with `tariffgraph load --dry-run DIR`.

// Load documents.csv as :Document nodes
LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row
MERGE (n:Document {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    title: CASE WHEN trim(coalesce(row.title, '')) = '' THEN null ELSE trim(row.title) END,
    published: CASE WHEN trim(coalesce(row.published, '')) = '' THEN null ELSE trim(row.published) END,
    publishedPrecision: CASE WHEN trim(coalesce(row.publishedPrecision, '')) = '' THEN null ELSE trim(row.publishedPrecision) END,
    publishedBasis: CASE WHEN trim(coalesce(row.publishedBasis, '')) = '' THEN null ELSE trim(row.publishedBasis) END,
    publishedNote: CASE WHEN trim(coalesce(row.publishedNote, '')) = '' THEN null ELSE trim(row.publishedNote) END,
    bodyEnd: CASE WHEN trim(coalesce(row.bodyEnd, '')) = '' THEN null ELSE toInteger(trim(row.bodyEnd)) END,
    textSha256: CASE WHEN trim(coalesce(row.textSha256, '')) = '' THEN null ELSE trim(row.textSha256) END
};

// Load people.csv as :Person nodes
LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row
MERGE (n:Person {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END,
    nationality: CASE WHEN trim(coalesce(row.nationality, '')) = '' THEN null ELSE trim(row.nationality) END
};

// Load the sources of each :Person as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Person {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load governments.csv as :Government nodes
LOAD CSV WITH HEADERS FROM 'file:///governments.csv' AS row
MERGE (n:Government {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END,
    seat: CASE WHEN trim(coalesce(row.seat, '')) = '' THEN null ELSE trim(row.seat) END
};

// Load the sources of each :Government as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///governments.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Government {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load countries.csv as :Country nodes
LOAD CSV WITH HEADERS FROM 'file:///countries.csv' AS row
MERGE (n:Country {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END,
    iso: CASE WHEN trim(coalesce(row.iso, '')) = '' THEN null ELSE trim(row.iso) END
};

// Load the sources of each :Country as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///countries.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Country {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load organizations.csv as :Organization nodes
LOAD CSV WITH HEADERS FROM 'file:///organizations.csv' AS row
MERGE (n:Organization {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END,
    type: CASE WHEN trim(coalesce(row.type, '')) = '' THEN null ELSE trim(row.type) END
};

// Load the sources of each :Organization as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///organizations.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Organization {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load offices.csv as :Office nodes
LOAD CSV WITH HEADERS FROM 'file:///offices.csv' AS row
MERGE (n:Office {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END
};

// Load the sources of each :Office as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///offices.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Office {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load events.csv as :Event nodes
LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
MERGE (n:Event {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    kind: CASE WHEN trim(coalesce(row.kind, '')) = '' THEN null ELSE trim(row.kind) END,
    date: CASE WHEN trim(coalesce(row.date, '')) = '' THEN null ELSE trim(row.date) END,
    endDate: CASE WHEN trim(coalesce(row.endDate, '')) = '' THEN null ELSE trim(row.endDate) END,
    datePrecision: CASE WHEN trim(coalesce(row.datePrecision, '')) = '' THEN null ELSE trim(row.datePrecision) END,
    dateBasis: CASE WHEN trim(coalesce(row.dateBasis, '')) = '' THEN null ELSE trim(row.dateBasis) END,
    dateText: CASE WHEN trim(coalesce(row.dateText, '')) = '' THEN null ELSE trim(row.dateText) END,
    dateNote: CASE WHEN trim(coalesce(row.dateNote, '')) = '' THEN null ELSE trim(row.dateNote) END,
    weekday: CASE WHEN trim(coalesce(row.weekday, '')) = '' THEN null ELSE trim(row.weekday) END,
    timeOfDay: CASE WHEN trim(coalesce(row.timeOfDay, '')) = '' THEN null ELSE trim(row.timeOfDay) END,
    durationMinutes: CASE WHEN trim(coalesce(row.durationMinutes, '')) = '' THEN null ELSE toInteger(trim(row.durationMinutes)) END,
    durationApproximate: CASE WHEN trim(coalesce(row.durationApproximate, '')) = '' THEN null ELSE toBoolean(trim(row.durationApproximate)) END,
    place: CASE WHEN trim(coalesce(row.place, '')) = '' THEN null ELSE trim(row.place) END,
    round: CASE WHEN trim(coalesce(row.round, '')) = '' THEN null ELSE toInteger(trim(row.round)) END,
    ordinal: CASE WHEN trim(coalesce(row.ordinal, '')) = '' THEN null ELSE toInteger(trim(row.ordinal)) END,
    status: CASE WHEN trim(coalesce(row.status, '')) = '' THEN null ELSE trim(row.status) END,
    quotes: CASE WHEN trim(replace(coalesce(row.quotes, ''), ';', '')) = '' THEN null ELSE [v IN split(row.quotes, ';') WHERE trim(v) <> '' | trim(v)] END,
    audience: CASE WHEN trim(coalesce(row.audience, '')) = '' THEN null ELSE trim(row.audience) END,
    summary: CASE WHEN trim(coalesce(row.summary, '')) = '' THEN null ELSE trim(row.summary) END
}
REMOVE n:Meeting:NegotiationRound:PhoneCall:Statement:Summit:TariffAction:Trip
SET n:$(CASE trim(row.kind) WHEN 'meeting' THEN 'Meeting' WHEN 'negotiation-round' THEN 'NegotiationRound' WHEN 'phone-call' THEN 'PhoneCall' WHEN 'statement' THEN 'Statement' WHEN 'summit' THEN 'Summit' WHEN 'tariff-action' THEN 'TariffAction' WHEN 'trip' THEN 'Trip' END);

// Load the sources of each :Event as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.attributions, ''), ';') AS claims, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Event {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), attribution: CASE WHEN trim(coalesce(claims[i], '-')) IN ['-', ''] THEN null ELSE trim(claims[i]) END, rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load tariffs.csv as :Tariff nodes
LOAD CSV WITH HEADERS FROM 'file:///tariffs.csv' AS row
MERGE (n:Tariff {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    ratePercent: CASE WHEN trim(coalesce(row.ratePercent, '')) = '' THEN null ELSE toFloat(trim(row.ratePercent)) END,
    rateNote: CASE WHEN trim(coalesce(row.rateNote, '')) = '' THEN null ELSE trim(row.rateNote) END,
    kind: CASE WHEN trim(coalesce(row.kind, '')) = '' THEN null ELSE trim(row.kind) END,
    legalBasis: CASE WHEN trim(coalesce(row.legalBasis, '')) = '' THEN null ELSE trim(row.legalBasis) END,
    announced: CASE WHEN trim(coalesce(row.announced, '')) = '' THEN null ELSE trim(row.announced) END,
    effectiveFrom: CASE WHEN trim(coalesce(row.effectiveFrom, '')) = '' THEN null ELSE trim(row.effectiveFrom) END,
    effectiveTo: CASE WHEN trim(coalesce(row.effectiveTo, '')) = '' THEN null ELSE trim(row.effectiveTo) END,
    dateNote: CASE WHEN trim(coalesce(row.dateNote, '')) = '' THEN null ELSE trim(row.dateNote) END,
    status: CASE WHEN trim(coalesce(row.status, '')) = '' THEN null ELSE trim(row.status) END,
    summary: CASE WHEN trim(coalesce(row.summary, '')) = '' THEN null ELSE trim(row.summary) END
};

// Load the sources of each :Tariff as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///tariffs.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.attributions, ''), ';') AS claims, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Tariff {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), attribution: CASE WHEN trim(coalesce(claims[i], '-')) IN ['-', ''] THEN null ELSE trim(claims[i]) END, rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load sectors.csv as :Sector nodes
LOAD CSV WITH HEADERS FROM 'file:///sectors.csv' AS row
MERGE (n:Sector {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END
};

// Load the sources of each :Sector as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///sectors.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Sector {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load chips.csv as :BargainingChip nodes
LOAD CSV WITH HEADERS FROM 'file:///chips.csv' AS row
MERGE (n:BargainingChip {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    summary: CASE WHEN trim(coalesce(row.summary, '')) = '' THEN null ELSE trim(row.summary) END
};

// Load the sources of each :BargainingChip as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///chips.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:BargainingChip {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load stances.csv as :Stance nodes
LOAD CSV WITH HEADERS FROM 'file:///stances.csv' AS row
MERGE (n:Stance {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    kind: CASE WHEN trim(coalesce(row.kind, '')) = '' THEN null ELSE trim(row.kind) END,
    summary: CASE WHEN trim(coalesce(row.summary, '')) = '' THEN null ELSE trim(row.summary) END
};

// Load the sources of each :Stance as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///stances.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.attributions, ''), ';') AS claims, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Stance {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), attribution: CASE WHEN trim(coalesce(claims[i], '-')) IN ['-', ''] THEN null ELSE trim(claims[i]) END, rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load topics.csv as :Topic nodes
LOAD CSV WITH HEADERS FROM 'file:///topics.csv' AS row
MERGE (n:Topic {id: trim(row.id)})
SET n = {
    id: CASE WHEN trim(coalesce(row.id, '')) = '' THEN null ELSE trim(row.id) END,
    name: CASE WHEN trim(coalesce(row.name, '')) = '' THEN null ELSE trim(row.name) END,
    aliases: CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END
};

// Load the sources of each :Topic as REPORTED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///topics.csv' AS row
WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans, split(coalesce(row.rules, ''), ';') AS rules
UNWIND range(0, size(documents) - 1) AS i
MATCH (n:Topic {id: trim(row.id)})
MATCH (d:Document {id: trim(documents[i])})
MERGE (n)-[r:REPORTED_IN]->(d)
SET r = {evidence: trim(spans[i]), rule: CASE WHEN trim(coalesce(rules[i], '-')) IN ['-', ''] THEN null ELSE trim(rules[i]) END};

// Load holds_office.csv as :HOLDS_OFFICE relationships
LOAD CSV WITH HEADERS FROM 'file:///holds_office.csv' AS row
MATCH (a:Person {id: trim(row.start)})
MATCH (b:Office {id: trim(row.end)})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET r = {
    from: CASE WHEN trim(coalesce(row.from, '')) = '' THEN null ELSE trim(row.from) END,
    to: CASE WHEN trim(coalesce(row.to, '')) = '' THEN null ELSE trim(row.to) END,
    dateBasis: CASE WHEN trim(coalesce(row.dateBasis, '')) = '' THEN null ELSE trim(row.dateBasis) END,
    dateNote: CASE WHEN trim(coalesce(row.dateNote, '')) = '' THEN null ELSE trim(row.dateNote) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load office_of.csv as :OF relationships
LOAD CSV WITH HEADERS FROM 'file:///office_of.csv' AS row
MATCH (a:Office {id: trim(row.start)})
MATCH (b:Government {id: trim(row.end)})
MERGE (a)-[r:OF]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load governs.csv as :GOVERNS relationships
LOAD CSV WITH HEADERS FROM 'file:///governs.csv' AS row
MATCH (a:Government {id: trim(row.start)})
MATCH (b:Country {id: trim(row.end)})
MERGE (a)-[r:GOVERNS]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load participated_in.csv as :PARTICIPATED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///participated_in.csv' AS row
OPTIONAL MATCH (a0:Government {id: trim(row.start)})
OPTIONAL MATCH (a1:Person {id: trim(row.start)})
WITH row, coalesce(a0, a1) AS a WHERE a IS NOT NULL
MATCH (b:Event {id: trim(row.end)})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r = {
    role: CASE WHEN trim(coalesce(row.role, '')) = '' THEN null ELSE trim(row.role) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load part_of.csv as :PART_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///part_of.csv' AS row
MATCH (a:Event {id: trim(row.start)})
MATCH (b:Event {id: trim(row.end)})
MERGE (a)-[r:PART_OF]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load precedes.csv as :PRECEDES relationships
LOAD CSV WITH HEADERS FROM 'file:///precedes.csv' AS row
MATCH (a:Event {id: trim(row.start)})
MATCH (b:Event {id: trim(row.end)})
MERGE (a)-[r:PRECEDES]->(b)
SET r = {
    gap: CASE WHEN trim(coalesce(row.gap, '')) = '' THEN null ELSE trim(row.gap) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load concerns.csv as :CONCERNS relationships
LOAD CSV WITH HEADERS FROM 'file:///concerns.csv' AS row
OPTIONAL MATCH (a0:BargainingChip {id: trim(row.start)})
OPTIONAL MATCH (a1:Event {id: trim(row.start)})
OPTIONAL MATCH (a2:Stance {id: trim(row.start)})
WITH row, coalesce(a0, a1, a2) AS a WHERE a IS NOT NULL
OPTIONAL MATCH (b0:BargainingChip {id: trim(row.end)})
OPTIONAL MATCH (b1:Event {id: trim(row.end)})
OPTIONAL MATCH (b2:Sector {id: trim(row.end)})
OPTIONAL MATCH (b3:Tariff {id: trim(row.end)})
OPTIONAL MATCH (b4:Topic {id: trim(row.end)})
WITH row, a, coalesce(b0, b1, b2, b3, b4) AS b WHERE b IS NOT NULL
MERGE (a)-[r:CONCERNS]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load imposed_by.csv as :IMPOSED_BY relationships
LOAD CSV WITH HEADERS FROM 'file:///imposed_by.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Government {id: trim(row.end)})
MERGE (a)-[r:IMPOSED_BY]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load targets.csv as :TARGETS relationships
LOAD CSV WITH HEADERS FROM 'file:///targets.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Country {id: trim(row.end)})
MERGE (a)-[r:TARGETS]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load covers.csv as :COVERS relationships
LOAD CSV WITH HEADERS FROM 'file:///covers.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Sector {id: trim(row.end)})
MERGE (a)-[r:COVERS]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load expected_to_affect.csv as :EXPECTED_TO_AFFECT relationships
LOAD CSV WITH HEADERS FROM 'file:///expected_to_affect.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Sector {id: trim(row.end)})
MERGE (a)-[r:EXPECTED_TO_AFFECT]->(b)
SET r = {
    wording: CASE WHEN trim(coalesce(row.wording, '')) = '' THEN null ELSE trim(row.wording) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load component_of.csv as :COMPONENT_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///component_of.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Tariff {id: trim(row.end)})
MERGE (a)-[r:COMPONENT_OF]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load supersedes.csv as :SUPERSEDES relationships
LOAD CSV WITH HEADERS FROM 'file:///supersedes.csv' AS row
MATCH (a:Tariff {id: trim(row.start)})
MATCH (b:Tariff {id: trim(row.end)})
MERGE (a)-[r:SUPERSEDES]->(b)
SET r = {
    basis: CASE WHEN trim(coalesce(row.basis, '')) = '' THEN null ELSE trim(row.basis) END,
    note: CASE WHEN trim(coalesce(row.note, '')) = '' THEN null ELSE trim(row.note) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load conflicts_with.csv as :CONFLICTS_WITH relationships
LOAD CSV WITH HEADERS FROM 'file:///conflicts_with.csv' AS row
OPTIONAL MATCH (a0:BargainingChip {id: trim(row.start)})
OPTIONAL MATCH (a1:Country {id: trim(row.start)})
OPTIONAL MATCH (a2:Event {id: trim(row.start)})
OPTIONAL MATCH (a3:Government {id: trim(row.start)})
OPTIONAL MATCH (a4:Office {id: trim(row.start)})
OPTIONAL MATCH (a5:Organization {id: trim(row.start)})
OPTIONAL MATCH (a6:Person {id: trim(row.start)})
OPTIONAL MATCH (a7:Sector {id: trim(row.start)})
OPTIONAL MATCH (a8:Stance {id: trim(row.start)})
OPTIONAL MATCH (a9:Tariff {id: trim(row.start)})
OPTIONAL MATCH (a10:Topic {id: trim(row.start)})
WITH row, coalesce(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) AS a WHERE a IS NOT NULL
OPTIONAL MATCH (b0:BargainingChip {id: trim(row.end)})
OPTIONAL MATCH (b1:Country {id: trim(row.end)})
OPTIONAL MATCH (b2:Event {id: trim(row.end)})
OPTIONAL MATCH (b3:Government {id: trim(row.end)})
OPTIONAL MATCH (b4:Office {id: trim(row.end)})
OPTIONAL MATCH (b5:Organization {id: trim(row.end)})
OPTIONAL MATCH (b6:Person {id: trim(row.end)})
OPTIONAL MATCH (b7:Sector {id: trim(row.end)})
OPTIONAL MATCH (b8:Stance {id: trim(row.end)})
OPTIONAL MATCH (b9:Tariff {id: trim(row.end)})
OPTIONAL MATCH (b10:Topic {id: trim(row.end)})
WITH row, a, coalesce(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10) AS b WHERE b IS NOT NULL
MERGE (a)-[r:CONFLICTS_WITH]->(b)
SET r = {
    aspect: CASE WHEN trim(coalesce(row.aspect, '')) = '' THEN null ELSE trim(row.aspect) END,
    note: CASE WHEN trim(coalesce(row.note, '')) = '' THEN null ELSE trim(row.note) END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load offered.csv as :OFFERED relationships
LOAD CSV WITH HEADERS FROM 'file:///offered.csv' AS row
OPTIONAL MATCH (a0:Government {id: trim(row.start)})
OPTIONAL MATCH (a1:Person {id: trim(row.start)})
WITH row, coalesce(a0, a1) AS a WHERE a IS NOT NULL
MATCH (b:BargainingChip {id: trim(row.end)})
MERGE (a)-[r:OFFERED]->(b)
SET r = {
    date: CASE WHEN trim(coalesce(row.date, '')) = '' THEN null ELSE trim(row.date) END,
    status: CASE WHEN trim(coalesce(row.status, '')) = '' THEN null ELSE [v IN split(row.status, ';') | trim(v)] END,
    attributions: CASE WHEN trim(coalesce(row.attributions, '')) = '' THEN null ELSE [v IN split(row.attributions, ';') | trim(v)] END,
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load holds_stance.csv as :HOLDS_STANCE relationships
LOAD CSV WITH HEADERS FROM 'file:///holds_stance.csv' AS row
OPTIONAL MATCH (a0:Government {id: trim(row.start)})
OPTIONAL MATCH (a1:Person {id: trim(row.start)})
WITH row, coalesce(a0, a1) AS a WHERE a IS NOT NULL
MATCH (b:Stance {id: trim(row.end)})
MERGE (a)-[r:HOLDS_STANCE]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load seeks_relief_from.csv as :SEEKS_RELIEF_FROM relationships
LOAD CSV WITH HEADERS FROM 'file:///seeks_relief_from.csv' AS row
MATCH (a:BargainingChip {id: trim(row.start)})
MATCH (b:Tariff {id: trim(row.end)})
MERGE (a)-[r:SEEKS_RELIEF_FROM]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load located_in.csv as :LOCATED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///located_in.csv' AS row
MATCH (a:Event {id: trim(row.start)})
MATCH (b:Country {id: trim(row.end)})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load published_by.csv as :PUBLISHED_BY relationships
LOAD CSV WITH HEADERS FROM 'file:///published_by.csv' AS row
MATCH (a:Document {id: trim(row.start)})
MATCH (b:Organization {id: trim(row.end)})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load wrote.csv as :WROTE relationships
LOAD CSV WITH HEADERS FROM 'file:///wrote.csv' AS row
MATCH (a:Person {id: trim(row.start)})
MATCH (b:Document {id: trim(row.end)})
MERGE (a)-[r:WROTE]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};

// Load cites.csv as :CITES relationships
LOAD CSV WITH HEADERS FROM 'file:///cites.csv' AS row
MATCH (a:Document {id: trim(row.start)})
MATCH (b:Organization {id: trim(row.end)})
MERGE (a)-[r:CITES]->(b)
SET r = {
    sources: CASE WHEN trim(replace(coalesce(row.sources, ''), ';', '')) = '' THEN null ELSE [v IN split(row.sources, ';') WHERE trim(v) <> '' | trim(v)] END,
    evidence: CASE WHEN trim(coalesce(row.evidence, '')) = '' THEN null ELSE [v IN split(row.evidence, ';') | trim(v)] END,
    rules: CASE WHEN trim(coalesce(row.rules, '')) = '' THEN null ELSE [v IN split(row.rules, ';') | trim(v)] END
};
