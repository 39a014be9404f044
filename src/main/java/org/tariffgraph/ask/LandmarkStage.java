package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The second stage: events used as landmarks for a period ("before the G7 summit", "after the April
 * increase", "since the fifth round"). The words after a landmark word that name an event are looked
 * up in the graph; when one is found, its date opens or closes the period and its words are taken.
 */
final class LandmarkStage {

    private static final Set<String> ANCHOR_WORDS = Set.of("before", "after", "since", "following", "until", "till", "ahead", "prior", "between", "from");
    static final Set<String> EVENT_NOUNS = Set.of("summit", "round", "increase", "hike", "rise", "raise", "call", "calls",
            "meeting", "announcement", "talks", "pause", "suspension", "visit", "trip", "deadline", "statement", "remark",
            "remarks", "regime", "unveiling", "briefing", "g7");
    private static final Set<String> PHRASE_ENDS = Set.of("and", "to", "until", "or");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of", "that", "this", "those", "these");

    private final Function<List<String>, String> anchorDate;

    /** @param anchorDate finds the date of an event named by some words ("g7", "summit"), or null */
    LandmarkStage(Function<List<String>, String> anchorDate) {
        this.anchorDate = anchorDate;
    }

    void read(Parse p) {
        for (int i = 0; i < p.tokens.size(); i++) {
            String w = p.word(i);
            if (ANCHOR_WORDS.contains(w) && !p.taken.contains(i)) {
                landmark(p, i, w);
            }
        }
    }

    private void landmark(Parse p, int at, String w) {
        int j = at + 1 + (w.equals("ahead") || w.equals("prior") ? 1 : 0);
        var phrase = new ArrayList<String>();
        var indices = new ArrayList<Integer>();
        while (j < p.tokens.size() && phrase.size() < 6 && !PHRASE_ENDS.contains(p.word(j)) && !p.taken.contains(j)) {
            if (!ARTICLES.contains(p.word(j))) {
                phrase.add(p.word(j));
            }
            indices.add(j);
            j++;
        }
        if (phrase.stream().noneMatch(EVENT_NOUNS::contains)) {
            return;
        }
        String date = anchorDate.apply(phrase);
        if (date == null) {
            return;
        }
        p.taken.addAll(indices);
        p.dateNotes.add("'" + w + " " + String.join(" ", phrase) + "' → " + w + " " + date);
        p.landmarks.add(String.join(" ", phrase));
        var asWritten = indices.stream().filter(k -> !ARTICLES.contains(p.word(k))).map(k -> p.tokens.get(k).original()).toList();
        p.landmarkPeriod = (w.equals("ahead") || w.equals("prior") ? "before" : w) + " the " + String.join(" ", asWritten) + " (" + date + ")";
        if (p.word(at - 1).equals("day") && date.length() == 10 && (w.equals("before") || w.equals("after"))) {
            // "the day before the 45-minute call": that one day
            p.from = w.equals("before") ? DateStage.dayBefore(date) : DateStage.dayAfter(date);
            p.to = p.from;
            p.taken.add(at - 1);
            return;
        }
        switch (w) {
            case "before", "ahead", "prior" -> p.to = DateStage.dayBefore(date);
            case "until", "till" -> p.to = date;
            case "after", "following" -> {
                p.from = DateStage.dayAfter(date);
                p.sinceLandmark = date;
            }
            default -> p.from = date; // since, from, between
        }
    }
}
