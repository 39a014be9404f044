package org.tariffgraph.ask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue vocabulary of ask, as data ({@code src/main/resources/ask/cues.txt}): groups of words that
 * point to a kind of answer, each with its match mode. A word matches whole (with its plural) or as
 * the start of a word; a newcomer adds a word to a group without touching a rule.
 */
final class Cues {

    /** How a cue matches: the whole word (or its plural), or any word it starts. */
    enum Mode { WORD, PREFIX }

    record Cue(String words, Mode mode, Pattern pattern) {}

    private static final Map<String, List<Cue>> GROUPS = load();

    private Cues() {}

    /** Whether {@code text} (lower case, words separated by spaces) holds a cue of {@code group}. */
    static boolean any(String group, String text) {
        for (Cue c : group(group)) {
            if (c.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static List<Cue> group(String group) {
        var cues = GROUPS.get(group);
        if (cues == null) {
            throw new IllegalArgumentException("no cue group '" + group + "' in ask/cues.txt");
        }
        return cues;
    }

    private static Map<String, List<Cue>> load() {
        try (InputStream in = Cues.class.getResourceAsStream("/ask/cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing ask/cues.txt on the classpath");
            }
            var groups = new LinkedHashMap<String, List<Cue>>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", 3);
                Mode mode = Mode.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
                String words = f[2].strip();
                String body = Pattern.quote(words);
                Pattern p = Pattern.compile("\\b" + body + (mode == Mode.WORD ? "(?:s|es)?\\b" : ""));
                groups.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(new Cue(words, mode, p));
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
