package org.tariffgraph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tariffgraph.model.Entity;

/**
 * Turns a name as a person types it into one entity: an id, a full name, an alias, a surname or a
 * title ("Commerce Secretary"). The names come from the graph itself, so new facts are found without
 * code changes. An unknown or ambiguous name is an {@link UnknownNameException} listing close candidates.
 */
public final class EntityResolver {

    private final List<Entity> entities;
    private final String kind;

    /**
     * A resolver among some entities.
     *
     * @param entities the entities a name may refer to, e.g. from {@link Queries#entities(List)}
     * @param kind what they are, in words for the messages, e.g. {@code person or government}
     */
    public EntityResolver(List<Entity> entities, String kind) {
        this.entities = List.copyOf(entities);
        this.kind = kind;
    }

    /**
     * The entities names are resolved among.
     *
     * @return them, in the order given; unmodifiable
     */
    public List<Entity> entities() {
        return entities;
    }

    /**
     * The one entity {@code text} names. Case, accents and punctuation are ignored; an id, then a
     * name, an alias, a person's surname and an office title are tried in turn, the first that matches
     * deciding.
     *
     * @param text a name as a person types it, e.g. {@code Akazawa}, {@code person-ryosei-akazawa} or
     *        {@code Commerce Secretary}
     * @return the entity
     * @throws UnknownNameException if {@code text} is empty, names nothing, or names more than one entity
     *         at the first step that matches; the message names close candidates
     */
    public Entity resolve(String text) {
        String wanted = normalize(text);
        if (wanted.isEmpty()) {
            throw new UnknownNameException("an empty " + kind + " name");
        }
        // Strongest evidence first: the first tier with any match decides.
        List<Function<Entity, List<String>>> tiers = List.of(
                e -> List.of(e.id()),
                e -> List.of(e.name()),
                Entity::aliases,
                e -> e.type().equals("Person") ? List.of(surname(e.name())) : List.of(),
                Entity::titles);
        for (var tier : tiers) {
            var found = entities.stream()
                    .filter(e -> tier.apply(e).stream().anyMatch(n -> normalize(n).equals(wanted)))
                    .toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new UnknownNameException("'" + text + "' could mean more than one " + kind + ": " + describe(found));
            }
        }
        List<Entity> close = closeTo(wanted, 2);
        if (close.isEmpty()) {
            throw new UnknownNameException("no " + kind + " called '" + text + "' in the knowledge base");
        }
        throw new UnknownNameException("no " + kind + " called '" + text + "'; did you mean " + describe(close) + "?");
    }

    /**
     * Entities with a name, alias, surname or title within {@code maxEdits} edits of {@code text}, closest first.
     *
     * @param text a name as a person types it; case, accents and punctuation are ignored
     * @param maxEdits the most edits a name may be away, e.g. {@code 2}
     * @return the entities close enough, or (for a {@code text} of four letters or more) with a name
     *         containing it, closest first and then by id; empty when none is
     */
    public List<Entity> closeTo(String text, int maxEdits) {
        String wanted = normalize(text);
        var best = new LinkedHashMap<Entity, Integer>();
        for (Entity e : entities) {
            var names = new ArrayList<String>();
            names.add(e.name());
            names.addAll(e.aliases());
            names.addAll(e.titles());
            if (e.type().equals("Person")) {
                names.add(surname(e.name()));
            }
            int d = names.stream().mapToInt(n -> editDistance(normalize(n), wanted)).min().orElse(Integer.MAX_VALUE);
            boolean partial = wanted.length() >= 4 && names.stream().anyMatch(n -> normalize(n).contains(wanted));
            if (d <= maxEdits || partial) {
                best.put(e, partial ? Math.min(d, maxEdits) : d);
            }
        }
        return best.entrySet().stream()
                .sorted(Comparator.<java.util.Map.Entry<Entity, Integer>>comparingInt(java.util.Map.Entry::getValue)
                        .thenComparing(x -> x.getKey().id()))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    private static String describe(List<Entity> found) {
        return String.join(", ", found.stream().limit(6).map(e -> e.name() + " (" + e.id() + ")").toList());
    }

    static String surname(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts[parts.length - 1];
    }

    /** Lower case, accents and punctuation dropped, "U.S." and "US" alike, white space folded. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace("’", "'").replace("'s ", " ");
        n = n.replaceAll("(?<=\\b[a-z])\\.", "");
        n = n.replaceAll("[^a-z0-9%]+", " ").trim();
        return n;
    }

    /**
     * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
     * letters as one edit (optimal string alignment), so "Ishbia" is one edit from "Ishiba".
     *
     * @param a one string, compared as it is (case counts)
     * @param b the other string
     * @return the number of edits; 0 when the two are equal
     */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
