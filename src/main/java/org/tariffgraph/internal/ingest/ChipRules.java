package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;
import org.tariffgraph.model.Vocabulary.ChipStatus;

/**
 * Proposes bargaining chips: a sentence that speaks of proposals (or follows one that does) and lists
 * them after "including", "include", "such as" or a colon; each item of the list, or each bullet line
 * after it, is one chip, with the sectors it names, the government that offers it and how far it had
 * gone. An "according to …" at the end is the list's attribution, not an item.
 */
final class ChipRules {

    private static final RuleTable RULES = new RuleTable("chips.txt");
    private static final Pattern ATTRIBUTION = RuleFiles.pattern(",?\\s*\\b(according to [^,.;]+|(?:the |some |two |three )?(?:people|sources?|officials?|diplomats?)"
            + "(?: [\\w-]+){0,5} (?:said|say|says)\\b[^,.;]*)");
    private static final Pattern AND_ITEM = Pattern.compile("\\s+and\\s+(?=(?:a|an|the|more|new|joint|increased|expanded|bigger)\\s)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-\u2022*\u2013]\\s+(.+?)[.;]?\\s*$");
    private static final Pattern SPLIT = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|;\\s*|\\s+as well as\\s+");

    private ChipRules() {}

    static void read(Reading r, boolean cueBefore) {
        String sentence = r.sentence.text();
        Matcher bullet = BULLET.matcher(sentence);
        if (r.chipListOpen && bullet.matches()) {
            item(r, bullet.group(1), r.sentence.start() + bullet.start(1), status(sentence, r.chipStatus));
            return;
        }
        r.chipListOpen = false;
        boolean cue = find("cue", sentence) != null;
        Matcher list = find("list", sentence);
        if (list == null && cue && sentence.strip().matches("(?s).*[:\u2014-]$")) {
            r.chipListOpen = true; // "Japan's offers:" with the items as bullet lines below
            r.chipStatus = status(sentence, ChipStatus.FLOATED);
            r.listAt = r.sentence.start();
            return;
        }
        if (list == null || !(cue || cueBefore)) {
            return;
        }
        String rest = sentence.substring(list.end());
        // "This includes …" after "Japan has submitted a package": the status is the earlier sentence's.
        r.chipStatus = status(sentence, cue ? ChipStatus.FLOATED : status(r.previousSentence, ChipStatus.FLOATED));
        r.listAt = r.sentence.start() + list.start();
        if (rest.isBlank()) {
            r.chipListOpen = true; // the items follow as bullet lines
            return;
        }
        r.listAt = r.sentence.start() + list.start();
        items(r, rest, r.sentence.start() + list.end());
    }

    private static void items(Reading r, String rest, int offset) {
        Matcher attribution = ATTRIBUTION.matcher(rest);
        String attributionText = null;
        if (attribution.find()) {
            attributionText = attribution.group(1);
            rest = rest.substring(0, attribution.start());
        }
        r.chipAttribution = attributionText;
        Matcher relief = find("relief", rest);
        if (relief != null) {
            rest = rest.substring(0, relief.start()); // "… in exchange for relief from …": what the items are for, not an item
        }
        String list = rest.replaceAll("[.,\\s]+$", "");
        int from = 0;
        // With commas the list is split at them; without, "soybeans and corn and a joint fund" at "and" before a new noun phrase.
        Matcher split = (list.contains(",") ? SPLIT : AND_ITEM).matcher(list);
        var parts = new ArrayList<int[]>();
        while (split.find()) {
            parts.add(new int[] {from, split.start()});
            from = split.end();
        }
        parts.add(new int[] {from, list.length()});
        for (int[] p : parts) {
            item(r, list.substring(p[0], p[1]), offset + p[0], r.chipStatus);
        }
        r.chipAttribution = null;
    }

    private static void item(Reading r, String words, int at, ChipStatus status) {
        String name = words.strip().replaceFirst("^(and|or|the|a|an)\\s+", "");
        if (name.split("\\s+").length < 2) {
            return;
        }
        var sectors = new LinkedHashSet<String>();
        for (Mention m : r.names.find(r.text(), at, at + words.length())) {
            if (m.entity().label().equals("Sector")) {
                sectors.add(m.entity().id());
            }
        }
        r.chips.add(new Extraction.Chip(name, List.copyOf(sectors), offeredBy(r, at), status, r.chipAttribution,
                r.evidence("chip-list-item", at, at + words.length())));
    }

    /** The government that makes the offer: the first one the sentence names, else the report's main side. */
    private static String offeredBy(Reading r, int itemAt) {
        for (Mention m : r.sentenceNames) {
            if (m.entity().label().equals("Government") && m.start() < Math.min(itemAt, r.listAt)) {
                return m.entity().id();
            }
        }
        return r.mainGovernment;
    }

    private static ChipStatus status(String sentence, ChipStatus otherwise) {
        String value = RULES.value("status", sentence);
        return value == null ? otherwise : ChipStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    /** Whether a sentence speaks of proposals so that its list may follow in the next sentence ("ahead" in chips.txt). */
    static boolean speaksOfProposals(String sentence) {
        return find("ahead", sentence) != null;
    }

    /** Whether a sentence says what its proposals are for: relief from a tariff ("in exchange for lower car tariffs"). */
    static boolean seeksRelief(String sentence) {
        return find("relief", sentence) != null;
    }

    private static Matcher find(String what, String text) {
        return RULES.first(what, text);
    }
}
