package org.tariffgraph.internal.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tariffgraph.internal.ingest.Cells.Source;
import org.tariffgraph.internal.ingest.Draft.Decision;

/** Drafts people named with an office: a new person (and a new office when the graph has none of that title), or a known one's office. */
final class PeopleDrafts {

    private final DraftBuilder b;

    PeopleDrafts(DraftBuilder b) {
        this.b = b;
    }

    void add(Extraction x, String doc) {
        for (var p : x.people()) {
            var source = new Source(doc, p.evidence(), Map.of());
            boolean newPerson = !b.exists(p.id());
            if (newPerson) {
                var row = new LinkedHashMap<String, String>();
                row.put("id", p.id());
                row.put("name", p.name());
                row.put("aliases", p.name().substring(p.name().lastIndexOf(' ') + 1));
                b.newNode("people.csv", p.id(), row, source);
            }
            if (!b.exists(p.officeId())) {
                office(p, source);
            }
            b.relationship("holds_office.csv", p.id(), p.officeId(), Map.of(), source);
            b.review(x, newPerson ? Decision.NEW : Decision.CORROBORATES, "person " + p.name() + " holds " + p.officeName(), p.id(),
                    p.evidence());
        }
    }

    private void office(Extraction.Person p, Source source) {
        var row = new LinkedHashMap<String, String>();
        row.put("id", p.officeId());
        row.put("name", p.officeName());
        b.newNode("offices.csv", p.officeId(), row, source);
        if (p.government() != null && b.exists(p.government())) {
            b.relationship("office_of.csv", p.officeId(), p.government(), Map.of(), source);
        }
    }
}
