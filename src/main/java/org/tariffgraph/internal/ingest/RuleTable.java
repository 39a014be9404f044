package org.tariffgraph.internal.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule file of four fields, {@code name | what | value | pattern}, as tariffs.txt and chips.txt are:
 * the rules of one "what" are tried in the file's order, and the first whose pattern is found decides.
 */
final class RuleTable {

    record Rule(String name, String what, String value, Pattern pattern) {}

    private final List<Rule> rules;

    RuleTable(String file) {
        rules = RuleFiles.rows(file, 4).stream().map(r -> new Rule(r.get(0), r.get(1), r.get(2), RuleFiles.pattern(r.get(3)))).toList();
    }

    /** The rules of one kind, in the file's order. */
    List<Rule> of(String what) {
        return rules.stream().filter(r -> r.what().equals(what)).toList();
    }

    /** Where the first rule of {@code what} that holds matches in {@code text}, or null. */
    Matcher first(String what, String text) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (rule.what().equals(what) && m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The value of the first rule of {@code what} that holds in {@code text}, or null. */
    String value(String what, String text) {
        for (Rule rule : rules) {
            if (rule.what().equals(what) && rule.pattern().matcher(text).find()) {
                return rule.value();
            }
        }
        return null;
    }
}
