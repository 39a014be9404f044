package org.tariffgraph.internal.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic raw news reports for the ingest benchmark: a dateline, five to nine sentences drawn from
 * templates about calls, meetings, trips, rates and proposals (with the people of the talks), and a
 * trailer of unrelated headlines that must yield nothing. Deterministic for a given seed.
 */
public final class ReportGenerator {

    private static final String[][] PAIRS = {
        {"Ryosei Akazawa", "Howard Lutnick"}, {"Ryosei Akazawa", "Scott Bessent"}, {"Shigeru Ishiba", "Donald Trump"},
        {"Akazawa", "Lutnick"}, {"Akazawa", "Bessent"}};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] TEMPLATES = {
        "%1$s held a %3$d-minute phone call with %2$s on %4$s, officials said, as both sides pressed on with the tariff talks.",
        "%1$s met %2$s in Washington on %4$s for talks that ran for about an hour, according to people briefed on them.",
        "%1$s is scheduled to travel to Washington later this week for another round of ministerial talks with %2$s.",
        "A potential meeting between %1$s and %2$s could take place next week if the two teams narrow their gaps.",
        "\"We are making progress, but there is no deal yet,\" %1$s told reporters on %4$s after talking with %2$s.",
        "Washington raised the tariff on imported cars to 27.5 percent from 2.5 percent in April, and Tokyo wants that reversed.",
        "Japan faces a baseline 10 per cent duty plus an additional 14 per cent country-specific tariff, 24 per cent in total.",
        "Tokyo's proposals include more purchases of American farm products, cooperation on shipbuilding, and easier rules for imported cars.",
        "A 25 percent tariff on Japanese goods is set to take effect on August 1 unless the talks produce an agreement.",
        "The sides spoke by phone twice on %4$s, for about 20 minutes each time, the Japanese government said.",
        "Analysts said the outcome could shape trade in the region for years, and markets watched the talks closely."};
    private static final String[] HEADLINES = {
        "Stocks edge higher as investors await data", "Storm warning issued for the southern coast", "Local club wins the league title",
        "Rail operator announces new timetable", "Museum opens exhibition of early prints"};

    private ReportGenerator() {}

    /** {@code count} reports, each a whole text. */
    public static List<String> reports(int count, long seed) {
        var random = new Random(seed);
        var out = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            out.add(report(random));
        }
        return out;
    }

    private static String report(Random random) {
        var date = LocalDate.of(2025, 4, 1).plusDays(random.nextInt(150));
        var text = new StringBuilder("TOKYO, ").append(date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .append(' ').append(date.getDayOfMonth()).append(" (Kyodo) -- ");
        int sentences = 5 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            String[] pair = PAIRS[random.nextInt(PAIRS.length)];
            String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            text.append(String.format(template, pair[0], pair[1], 15 + 5 * random.nextInt(10), WEEKDAYS[random.nextInt(WEEKDAYS.length)]));
            text.append(s % 3 == 2 ? "\n" : " ");
        }
        text.append("\n\nMore from the site\n");
        for (int h = 0; h < 4; h++) {
            text.append(HEADLINES[random.nextInt(HEADLINES.length)]).append('\n');
        }
        return text.toString();
    }
}
