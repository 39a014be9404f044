package org.tariffgraph.internal.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The places of {@code ingest/places.txt}, found after "in", "at", "to" or "for" in a clause. */
final class Places {

    record Place(String name, String country) {}

    private final List<Place> places = RuleFiles.rows("places.txt").stream()
            .map(r -> new Place(r.get(0), r.size() > 1 && !r.get(1).isEmpty() ? r.get(1) : null)).toList();
    private final Pattern pattern;

    Places() {
        var names = places.stream().map(Place::name).sorted(java.util.Comparator.comparingInt(n -> -n.length())).map(Pattern::quote).toList();
        pattern = Pattern.compile("\\b(in|at|to|for|from)\\s+(?:the\\s+)?(" + String.join("|", names) + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * The place of an event in a clause: where it is ("in Washington", "at the White House"), or for a
     * trip where it goes ("to Washington", "for Tokyo"); never where someone comes back from.
     */
    Place in(String clause, boolean trip) {
        Matcher m = pattern.matcher(clause);
        while (m.find()) {
            String prep = m.group(1);
            if (prep.equals("from") || !trip && (prep.equals("for") || prep.equals("to"))) {
                continue;
            }
            String name = m.group(2);
            return places.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
        return null;
    }
}
