package org.tariffgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Entity;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver(List.of(
            new Entity("p-akazawa", "Ryosei Akazawa", "Person", List.of("Akazawa"), List.of("Chief tariff negotiator of Japan")),
            new Entity("p-lutnick", "Howard Lutnick", "Person", List.of(), List.of("US Secretary of Commerce", "Commerce Secretary")),
            new Entity("p-bessent", "Scott Bessent", "Person", List.of(), List.of("US Secretary of the Treasury", "Treasury Secretary")),
            new Entity("p-a-smith", "Anna Smith", "Person", List.of(), List.of()),
            new Entity("p-b-smith", "Bob Smith", "Person", List.of(), List.of()),
            new Entity("g-us", "United States Government", "Government", List.of("U.S.", "Washington"), List.of())),
            "person or government");

    @Test
    void finds_by_id_name_alias_surname_and_title() {
        assertEquals("p-akazawa", resolver.resolve("p-akazawa").id());
        assertEquals("p-lutnick", resolver.resolve("howard lutnick").id());
        assertEquals("g-us", resolver.resolve("US").id());
        assertEquals("g-us", resolver.resolve("Washington").id());
        assertEquals("p-bessent", resolver.resolve("Bessent").id());
        assertEquals("p-lutnick", resolver.resolve("Commerce Secretary").id());
    }

    @Test
    void an_ambiguous_surname_lists_every_candidate() {
        var e = assertThrows(UnknownNameException.class, () -> resolver.resolve("Smith"));
        assertTrue(e.getMessage().contains("Anna Smith (p-a-smith)"), e.getMessage());
        assertTrue(e.getMessage().contains("Bob Smith (p-b-smith)"), e.getMessage());
    }

    @Test
    void a_misspelt_name_is_refused_with_the_close_candidate() {
        var e = assertThrows(UnknownNameException.class, () -> resolver.resolve("Akazwa"));
        assertTrue(e.getMessage().contains("did you mean Ryosei Akazawa (p-akazawa)"), e.getMessage());
    }

    @Test
    void an_unknown_name_says_so_without_candidates() {
        var e = assertThrows(UnknownNameException.class, () -> resolver.resolve("Macron"));
        assertEquals("no person or government called 'Macron' in the knowledge base", e.getMessage());
    }

    @Test
    void edit_distance_counts_insertions_deletions_and_substitutions() {
        assertEquals(0, EntityResolver.editDistance("lutnick", "lutnick"));
        assertEquals(1, EntityResolver.editDistance("lutnik", "lutnick"));
        assertEquals(2, EntityResolver.editDistance("akazwa", "akazawa") + 1);
        assertEquals(3, EntityResolver.editDistance("kitten", "sitting"));
    }
}
