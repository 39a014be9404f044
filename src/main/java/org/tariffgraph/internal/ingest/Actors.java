package org.tariffgraph.internal.ingest;

import org.tariffgraph.internal.ingest.Gazetteer.Mention;

/** Who a name stands for when it is a side of an event or the speaker of a statement. */
final class Actors {

    private Actors() {}

    /**
     * The person a mention names: a person directly, or an office title that stands for its holder
     * ("the commerce secretary"), unless a name follows the title ("Commerce Secretary Howard
     * Lutnick"), which is then the mention that counts. Null for anything else.
     */
    static String person(Reading r, Mention m) {
        return switch (m.entity().label()) {
            case "Person" -> m.entity().id();
            case "Office" -> followedByName(r, m) ? null : holderId(r, m);
            default -> null;
        };
    }

    /** A person or, failing that, a government: who can speak or act. */
    static String actor(Reading r, Mention m) {
        String person = person(r, m);
        if (person != null) {
            return person;
        }
        return m.entity().label().equals("Government") ? m.entity().id() : null;
    }

    /**
     * The one a relative clause ("…, who briefed Ishiba, …") is about: the last person (or, with
     * {@code orGovernment}, government) named before its "who"; null when the clause is no such clause.
     */
    static String antecedent(Reading r, Clauses.Clause c, boolean orGovernment) {
        if (!c.text().strip().startsWith("who ")) {
            return null;
        }
        int who = c.start() + c.text().indexOf("who");
        String id = null;
        for (Mention m : r.sentenceNames) {
            String candidate = orGovernment ? actor(r, m) : person(r, m);
            if (m.end() <= who && candidate != null) {
                id = candidate;
            }
        }
        return id;
    }

    private static String holderId(Reading r, Mention m) {
        var holder = r.names.holder(m.entity().id());
        return holder == null ? null : holder.id();
    }

    private static boolean followedByName(Reading r, Mention m) {
        for (Mention other : r.sentenceNames) {
            if (other != m && other.start() > m.start() && other.start() <= m.end() + 1
                    && other.entity().label().equals("Person")) {
                return true;
            }
        }
        String after = r.text().substring(m.end(), Math.min(r.text().length(), m.end() + 30));
        return after.matches("^\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+.*");
    }
}
