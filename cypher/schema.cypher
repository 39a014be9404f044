// tariffgraph schema: one uniqueness constraint on id per label, plus lookup indexes used by the
// questions. Safe to run again: every statement is IF NOT EXISTS.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tariff_id IF NOT EXISTS FOR (n:Tariff) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chip_id IF NOT EXISTS FOR (n:BargainingChip) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (n:Stance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX round_number IF NOT EXISTS FOR (n:NegotiationRound) ON (n.round);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX tariff_status IF NOT EXISTS FOR (n:Tariff) ON (n.status);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Government|Country|Organization|Office|Sector|BargainingChip|Tariff|Event) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR (n:Event|Stance|Topic|Tariff|BargainingChip) ON EACH [n.name, n.summary, n.quotes, n.aliases];
