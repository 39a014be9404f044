package org.tariffgraph.internal.ingest;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.load.InvalidImportException;
import org.tariffgraph.internal.load.Problem;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * One raw news report, as copied from a news site, checked and cut down to its article body.
 *
 * <p>A copy from a web page drags along more than the article: a title, date and byline lines
 * before it, and after it lists of other headlines, reader comments, bylines and copyright lines.
 * The report extractor must read facts from the article only, because the trailers mention the
 * same names and words. Facts are cited as spans of {@link #text}, so the text is kept exactly as
 * the file has it (only a leading byte order mark is dropped) and the body is a pair of offsets.
 *
 * <p>The words that end a body live in {@code ingest/body-end.txt} (see its header for the
 * modes), so a newcomer extends them without touching code; the shapes that end a body (a
 * headline list, a commenter's name, a URL, a byline) are rules here.
 *
 * @param id        the file name without its extension
 * @param file      the file as given
 * @param text      the whole file decoded as UTF-8, a leading BOM removed, otherwise untouched
 * @param bodyStart char index in {@code text} where the article body starts
 * @param bodyEnd   char index just after the body's last character (trailing whitespace excluded)
 * @param title     the title line, or null when the report has none
 * @param published the publication date: the user's {@code --published}, else the one the text
 *                  states, else {@link Dated#unknown}
 */
public record ReportText(String id, Path file, String text, int bodyStart, int bodyEnd, String title, Dated published) {

    /** A report larger than this is refused: no news article is, and a bigger file is some other thing. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final String FILE = "(file)";
    private static final Cues CUES = Cues.load("/ingest/body-end.txt");

    /** Checks the offsets, so that a body is always a real span of the text. */
    public ReportText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        if (bodyStart < 0 || bodyStart > bodyEnd || bodyEnd > text.length()) {
            throw new IllegalArgumentException("body " + bodyStart + ".." + bodyEnd + " outside a text of " + text.length());
        }
    }

    /**
     * Reads and checks one report; {@code published} (may be null) is the {@code --published} date
     * given by the user and wins over the text.
     *
     * @throws InvalidImportException with one problem when the file is no readable text report
     */
    public static ReportText read(Path file, LocalDate published) {
        return read(file, published, null);
    }

    /**
     * As {@link #read(Path, LocalDate)}; a wire dateline without a year ({@code TOKYO, June 4 (Kyodo) --})
     * takes {@code assumedYear} (marked {@link Dated#yearAssumed()}), or stays undated when it is null.
     * The year is never taken from the clock, so that a report reads the same on every run.
     */
    public static ReportText read(Path file, LocalDate published, Year assumedYear) {
        String name = file.toString();
        byte[] bytes = Bytes.read(name, file);
        Bytes.refuseBinary(name, bytes.length, i -> bytes[i] & 0xff);
        return parse(name, file, Bytes.decode(name, bytes), published, assumedYear);
    }

    /**
     * Same on a string already in memory (used by tests and the benchmark); {@code name} stands for
     * the file name in problems and gives the id.
     */
    public static ReportText of(String name, String text, LocalDate published) {
        return of(name, text, published, null);
    }

    /** As {@link #of(String, String, LocalDate)} with the year for a dateline that has none. */
    public static ReportText of(String name, String text, LocalDate published, Year assumedYear) {
        Bytes.refuseSize(name, Bytes.utf8Length(text));
        Bytes.refuseBinary(name, text.length(), text::charAt);
        return parse(name, Path.of(name), text, published, assumedYear);
    }

    /** The article body: {@code text.substring(bodyStart, bodyEnd)}. */
    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }

    /** Short, because the text may be megabytes long. */
    @Override
    public String toString() {
        return "ReportText[" + id + ", body " + bodyStart + ".." + bodyEnd + " of " + text.length()
                + ", title=" + title + ", published=" + published.iso() + "]";
    }

    private static ReportText parse(String name, Path file, String raw, LocalDate published, Year assumedYear) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        refuseNonReport(name, text);
        List<Line> lines = Line.split(text);
        Header head = Header.find(text, lines);
        int end = Ending.find(text, lines, head);
        if (!Ending.hasProse(text, lines, head.bodyStart(), end)) {
            throw problem(name, 0, "body", "has no article body (only headlines, comments or short lines)");
        }
        Dated date = published != null
                ? given(published)
                : DateForms.find(name, text, lines, head, end, assumedYear);
        return new ReportText(id(name), file, text, head.bodyStart(), end, head.title(), date);
    }

    private static void refuseNonReport(String name, String text) {
        if (text.isEmpty()) {
            throw problem(name, 0, FILE, "is empty");
        }
        if (trim(text).isEmpty()) {
            throw problem(name, 0, FILE, "contains only whitespace");
        }
        if (Shape.isHtml(text)) {
            throw problem(name, 0, FILE, "is an HTML page, not the text of a report; copy the article's text instead");
        }
    }

    private static Dated given(LocalDate date) {
        return new Dated(date, DatePrecision.DAY, DateBasis.STATED, "--published " + date, weekday(date), false);
    }

    private static String id(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static InvalidImportException problem(String name, long line, String field, String message) {
        return new InvalidImportException(List.of(new Problem(name, line, field, message)));
    }

    /** Whitespace as a copy from a web page has it: also no-break and zero-width spaces. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && space(s.charAt(from))) {
            from++;
        }
        while (to > from && space(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** One line of the text: its 1-based number and where it starts and ends (line break excluded). */
    private record Line(int number, int start, int end, String raw) {

        static List<Line> split(String text) {
            var lines = new ArrayList<Line>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(new Line(lines.size() + 1, start, i, text.substring(start, i)));
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            lines.add(new Line(lines.size() + 1, start, text.length(), text.substring(start)));
            return lines;
        }

        /** The index of the line holding char {@code offset} (the last line for the text's end). */
        static int indexOf(List<Line> lines, int offset) {
            int lo = 0;
            int hi = lines.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lines.get(mid).start() <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        String trimmed() {
            return trim(raw);
        }
    }

    /** The byte-level checks: size, binary content, UTF-8. */
    private static final class Bytes {

        private static final long MB = 1024 * 1024;

        static byte[] read(String name, Path file) {
            try {
                if (Files.isDirectory(file)) {
                    throw problem(name, 0, FILE, "is a folder, not a report file");
                }
                refuseSize(name, Files.size(file));
                byte[] bytes = Files.readAllBytes(file);
                refuseSize(name, bytes.length);
                return bytes;
            } catch (NoSuchFileException e) {
                throw problem(name, 0, FILE, "does not exist");
            } catch (AccessDeniedException e) {
                throw problem(name, 0, FILE, "cannot be read: permission denied");
            } catch (IOException e) {
                throw problem(name, 0, FILE, "cannot be read: " + e.getMessage());
            }
        }

        static void refuseSize(String name, long bytes) {
            if (bytes > MAX_BYTES) {
                throw problem(name, 0, FILE, String.format(Locale.ROOT, "is %.1f MB; a report may be at most %d MB",
                        bytes / (double) MB, MAX_BYTES / MB));
            }
        }

        static long utf8Length(String text) {
            long n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }

        /**
         * Refuses NUL or many control characters: a binary file (or UTF-16 text) decodes to nonsense
         * that could still pass as text. Tabs, line breaks and form feeds are text.
         */
        static void refuseBinary(String name, int length, IntUnaryOperator unitAt) {
            int controls = 0;
            for (int i = 0; i < length; i++) {
                int u = unitAt.applyAsInt(i);
                if (u == 0) {
                    throw problem(name, 0, FILE, "contains NUL bytes: a binary file (or UTF-16 text), not a UTF-8 report");
                }
                if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7f) {
                    controls++;
                }
            }
            if (controls >= 3 && controls * 100L >= length) {
                throw problem(name, 0, FILE, "contains " + controls + " control characters: a binary file, not a text report");
            }
        }

        static String decode(String name, byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                int at = in.position();
                throw problem(name, lineOf(bytes, at), FILE, String.format(Locale.ROOT,
                        "is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[at] & 0xff, at));
            }
            return out.flip().toString();
        }

        private static long lineOf(byte[] bytes, int at) {
            long line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The shapes of lines: prose, headline, title, byline, bullet, URL; and of an HTML page. */
    private static final class Shape {

        static final int PROSE = 60;
        static final int SHORT = 120;
        static final int LONGEST_TITLE = 200;
        static final int LONGEST_BYLINE = 100;
        static final int HTML_TAGS = 5;

        private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
        private static final Pattern QUOTE_END = Pattern.compile("[\"”’»]$");
        private static final Pattern BULLET = Pattern.compile("^(?:[-•*·▪◦‣–]|\\d{1,2}[.)])\\s+\\S");
        private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$", CASE_INSENSITIVE);
        private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*";
        private static final String NAMES = NAME + "(?:\\s+(?:" + NAME + "|de|da|van|von|bin|al|le))*";
        private static final Pattern BYLINE = Pattern.compile(
                "(?:By|BY)\\s+" + NAMES + "(?:\\s*(?:,|and|&)\\s*" + NAMES + ")*(?:\\s*[,|–—-]\\s*[^.!?]{0,60})?");
        private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)?<(?:!doctype|html)\\b",
                CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern TAG = Pattern.compile("</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|script"
                + "|style|head|body|meta|link|img|section|article|header|footer|nav)\\b[^<>]{0,300}>", CASE_INSENSITIVE);

        /** A line of at least 60 characters ending like a sentence: the one thing an article must have. */
        static boolean isProse(String s) {
            String t = trim(s);
            return t.length() >= PROSE && (SENTENCE_END.matcher(t).find() || QUOTE_END.matcher(t).find());
        }

        /** Ends with a full stop, question or exclamation mark, perhaps inside quotes. */
        static boolean endsSentence(String trimmed) {
            return SENTENCE_END.matcher(trimmed).find();
        }

        /** A short line without final punctuation, not a bullet: one of a list of headlines. */
        static boolean isHeadline(String trimmed) {
            return trimmed.length() < SHORT && !endsSentence(trimmed) && !isBullet(trimmed);
        }

        static boolean isTitle(String trimmed) {
            return trimmed.length() <= LONGEST_TITLE && !endsSentence(trimmed) && !isBullet(trimmed)
                    && !isUrl(trimmed) && trimmed.indexOf(' ') > 0 && !trimmed.endsWith(":"); // a line ending in a colon opens a list

        }

        static boolean isBullet(String trimmed) {
            return BULLET.matcher(trimmed).find();
        }

        static boolean isUrl(String trimmed) {
            return URL.matcher(trimmed).matches();
        }

        static boolean isByline(String trimmed) {
            return trimmed.length() <= LONGEST_BYLINE && BYLINE.matcher(trimmed).matches();
        }

        /** A page (a doctype or html tag first, or several block tags) rather than text copied from one. */
        static boolean isHtml(String text) {
            if (HTML_START.matcher(text).lookingAt()) {
                return true;
            }
            Matcher m = TAG.matcher(text);
            int tags = 0;
            while (tags < HTML_TAGS && m.find()) {
                tags++;
            }
            return tags >= HTML_TAGS;
        }
    }

    /** The cue words of {@code ingest/body-end.txt}. */
    private static final class Cues {

        private enum Mode { LINE, START, REGEX, INSIDE, KEEP }

        private record Cue(Mode mode, String text, Pattern regex) {}

        private static final Pattern TRAILING = Pattern.compile("[\\s:|>»›–—-]+$");
        private static final Pattern SPACES = Pattern.compile("\\s+");

        private final List<Cue> cues;

        private Cues(List<Cue> cues) {
            this.cues = cues;
        }

        static Cues load(String resource) {
            try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " is missing from the build");
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
                var cues = new ArrayList<Cue>();
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        cues.add(parse(resource, i + 1, line));
                    }
                }
                return new Cues(List.copyOf(cues));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read resource " + resource + ": " + e.getMessage(), e);
            }
        }

        private static Cue parse(String resource, int number, String line) {
            int colon = line.indexOf(':');
            Mode mode = colon < 0 ? null : mode(line.substring(0, colon));
            if (mode == null) {
                throw new IllegalStateException(resource + ":" + number + ": expected line:, start:, regex:, inside: or keep:");
            }
            String text = line.substring(colon + 1).strip();
            Pattern regex = mode == Mode.REGEX ? Pattern.compile(text, CASE_INSENSITIVE | UNICODE_CASE) : null;
            return new Cue(mode, mode == Mode.LINE || mode == Mode.KEEP ? normal(text) : text, regex);
        }

        private static Mode mode(String word) {
            for (Mode mode : Mode.values()) {
                if (mode.name().equalsIgnoreCase(word.strip())) {
                    return mode;
                }
            }
            return null;
        }

        private static String normal(String s) {
            String t = TRAILING.matcher(trim(s)).replaceAll("");
            return SPACES.matcher(t).replaceAll(" ").toLowerCase(Locale.ROOT);
        }

        /** The trimmed line is a cue of mode line, start or regex. */
        boolean ends(String trimmed) {
            String normal = normal(trimmed);
            for (Cue cue : cues) {
                boolean hit = switch (cue.mode()) {
                    case LINE -> normal.equals(cue.text());
                    case START -> startsWith(trimmed, cue.text());
                    case REGEX -> cue.regex().matcher(trimmed).matches();
                    case INSIDE, KEEP -> false;
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        boolean keeps(String trimmed) {
            String normal = normal(trimmed);
            return cues.stream().anyMatch(c -> c.mode() == Mode.KEEP && normal.equals(c.text()));
        }

        /** Where the first {@code inside:} cue occurs in {@code s}, or -1. */
        int insideAt(String s) {
            int at = -1;
            for (Cue cue : cues) {
                int i = cue.mode() == Mode.INSIDE ? s.indexOf(cue.text()) : -1;
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            return at;
        }

        boolean any(String trimmed) {
            return ends(trimmed) || insideAt(trimmed) >= 0;
        }

        private static boolean startsWith(String s, String cue) {
            if (!s.regionMatches(true, 0, cue, 0, cue.length())) {
                return false;
            }
            boolean wordEnd = Character.isLetterOrDigit(cue.charAt(cue.length() - 1));
            return !wordEnd || s.length() == cue.length() || !Character.isLetterOrDigit(s.charAt(cue.length()));
        }
    }

    /** A piece of text searched for the publication date, with its line for a problem. */
    private record Region(long line, String text) {}

    /**
     * What comes before the body: date lines, bylines, a title; and where the body starts.
     *
     * @param firstLine index of the body's first line in the list of lines
     * @param regions   the date and byline lines (and a date prefix of the first body line)
     */
    private record Header(String title, int firstLine, int bodyStart, List<Region> regions) {

        static Header find(String text, List<Line> lines) {
            var regions = new ArrayList<Region>();
            String title = null;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                String s = line.trimmed();
                if (s.isEmpty()) {
                    continue;
                }
                int prefix = DateForms.prefixEnd(line.raw());
                if (prefix > 0) {
                    regions.add(new Region(line.number(), line.raw().substring(0, prefix)));
                    return new Header(title, i, line.start() + prefix, regions);
                }
                if (isHeaderLine(s)) {
                    regions.add(new Region(line.number(), s));
                    continue;
                }
                if (title == null && Shape.isTitle(s) && proseFollows(lines, i)) {
                    title = s;
                    continue;
                }
                return new Header(title, i, line.start() + leadingSpace(line.raw()), regions);
            }
            return new Header(title, lines.size(), text.length(), regions);
        }

        static boolean isHeaderLine(String trimmed) {
            return DateForms.isDateLine(trimmed) || Shape.isByline(trimmed);
        }

        /** A title is followed by prose within a few lines (date lines and bylines not counted). */
        private static boolean proseFollows(List<Line> lines, int i) {
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 3; j++) {
                String s = lines.get(j).trimmed();
                if (s.isEmpty() || isHeaderLine(s)) {
                    continue;
                }
                if (Shape.isProse(s)) {
                    return true;
                }
                seen++;
            }
            return false;
        }
    }

    /** Where the body ends: the first trailer after some prose, then trailing short lines dropped. */
    private static final class Ending {

        static int find(String text, List<Line> lines, Header head) {
            int start = head.bodyStart();
            return dropOrphans(text, lines, start, trimBack(text, cut(text, lines, head), start));
        }

        private static int cut(String text, List<Line> lines, Header head) {
            boolean prose = false;
            for (int i = head.firstLine(); i < lines.size(); i++) {
                Line line = lines.get(i);
                int from = Math.max(line.start(), head.bodyStart());
                String s = text.substring(from, line.end());
                int inside = CUES.insideAt(s);
                if (inside >= 0 && (prose || Shape.isProse(s.substring(0, inside)))) {
                    return from + inside;
                }
                if (prose && endsBody(lines, i)) {
                    return line.start();
                }
                prose |= Shape.isProse(s);
            }
            return text.length();
        }

        /** Line {@code i}, after some prose, starts what follows the article. */
        private static boolean endsBody(List<Line> lines, int i) {
            String s = lines.get(i).trimmed();
            if (s.isEmpty() || CUES.keeps(s)) {
                return false;
            }
            return CUES.ends(s) || Shape.isByline(s) || Shape.isUrl(s)
                    || headlineRun(lines, i) >= 3 || isCommenter(lines, i);
        }

        /** How many headline-like lines follow one another from line {@code i} (counting stops at 3). */
        private static int headlineRun(List<Line> lines, int i) {
            int run = 0;
            for (int j = i; j < lines.size() && run < 3; j++) {
                String s = lines.get(j).trimmed();
                if (s.isEmpty() || CUES.keeps(s)) {
                    continue;
                }
                if (!Shape.isHeadline(s)) {
                    break;
                }
                run++;
            }
            return run;
        }

        /** A single word on its own line (a user name) with more lines after it: a comment. */
        private static boolean isCommenter(List<Line> lines, int i) {
            String s = lines.get(i).trimmed();
            boolean word = s.length() <= 40 && s.codePoints().noneMatch(c -> space((char) c))
                    && s.codePoints().anyMatch(Character::isLetter) && !s.endsWith(":")
                    && !Shape.endsSentence(s) && !Shape.isBullet(s);
            return word && lines.subList(i + 1, lines.size()).stream().anyMatch(l -> !l.trimmed().isEmpty());
        }

        private static int trimBack(String text, int end, int start) {
            while (end > start && space(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        /** Short lines without final punctuation left at the very end (a stray headline, a date) are not body. */
        private static int dropOrphans(String text, List<Line> lines, int start, int end) {
            for (int i = Line.indexOf(lines, Math.max(end - 1, 0)); i >= 0 && end > start; i--) {
                Line line = lines.get(i);
                int from = Math.max(line.start(), start);
                String s = from < end ? trim(text.substring(from, Math.min(line.end(), end))) : "";
                if (s.isEmpty()) {
                    continue;
                }
                if (!(Shape.isHeadline(s) || CUES.keeps(s)) || Shape.isProse(s)) {
                    return end;
                }
                end = trimBack(text, from, start);
            }
            return end;
        }

        static boolean hasProse(String text, List<Line> lines, int start, int end) {
            for (int i = Line.indexOf(lines, start); i < lines.size() && lines.get(i).start() < end; i++) {
                Line line = lines.get(i);
                int from = Math.max(line.start(), start);
                if (from < end && Shape.isProse(text.substring(from, Math.min(line.end(), end)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The publication date as the text states it. The forms are tried in a fixed order over the
     * lines before the body and the byline or date lines after it; a wire dateline at the start of
     * the body comes last. A form that matches but names no real day is refused rather than guessed.
     */
    private static final class DateForms {

        private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
        private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                + "|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun";
        private static final String MON = "(?<mon>(?i:" + MONTHS + ")\\.?)";
        private static final String WD = "(?i:" + WEEKDAYS + ")\\.?";
        private static final String ISO = "(?<y>\\d{4})-(?<mon>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)";
        private static final String DAY = "(?<d>\\d{1,2})(?!\\d)";
        private static final String YEAR = "(?<y>\\d{4})(?!\\d)";

        /** The forms, most explicit first. */
        private static final List<Pattern> RULES = List.of(
                Pattern.compile("\\b(?i:date)\\s*:?\\s*" + ISO),
                Pattern.compile("\\b(?i:published)(?:\\s+on)?\\s*:?\\s*" + ISO
                        + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4}\\b))?)?"),
                Pattern.compile("\\b(?i:posted)(?:\\s+on)?\\s*:?\\s*" + WD + ",?\\s+" + MON + "\\s+" + DAY + ",?\\s+" + YEAR),
                Pattern.compile("(?<![\\p{L}\\d])(?:" + WD + ",?\\s+)?" + MON + "\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR),
                Pattern.compile("(?<![\\p{L}\\d])" + WD + ",?\\s+" + DAY + "\\s+" + MON + ",?\\s+" + YEAR),
                Pattern.compile("(?<![\\p{L}\\d])" + DAY + "\\s+" + MON + ",?\\s+" + YEAR),
                Pattern.compile("(?<!\\d)(?<y>\\d{4})/(?<mon>\\d{1,2})/(?<d>\\d{1,2})(?!\\d)"),
                Pattern.compile("(?<![\\d-])" + ISO));

        /** {@code TOKYO, June 4 (Kyodo) --} or {@code WASHINGTON, May 9 --}, at the very start of the body. */
        private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30}?)?"
                + ",\\s+" + MON + "\\s+" + DAY + "(?:,\\s*" + YEAR + ")?\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:--|—|–|-)(?=\\s)");

        private static final String LEAD_WORDS =
                "(?i:(?:last\\s+)?updated|published|first\\s+published|posted|date|modified)\\b(?:\\s+on)?\\s*:?\\s*";
        private static final Pattern LEAD = Pattern.compile(LEAD_WORDS);
        /** A lead word followed by a number, weekday or month: {@code Updated 3 hours ago}, not {@code Date set for talks}. */
        private static final Pattern LEAD_LINE = Pattern.compile(
                LEAD_WORDS + "(?=\\d|(?i:" + WEEKDAYS + "|" + MONTHS + ")(?!\\p{L}))");
        private static final Pattern TAIL = Pattern.compile("(?:[\\s,|—–-]*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?"
                + "(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:JST|KST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|ET|PT|HKT|SGT)"
                + "(?:[+-]\\d{1,2})?)?)?[\\s|:·—–-]*");
        private static final Pattern LEFTOVER = Pattern.compile("(?<![\\p{L}\\d])(?:\\d{1,2}:\\d{2}(?::\\d{2})?|[ap]\\.?m\\.?"
                + "|at|on|updated|published|posted|" + WEEKDAYS
                + "|jst|kst|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|et|pt|hkt|sgt)(?:[+-]\\d{1,2})?(?![\\p{L}\\d])",
                CASE_INSENSITIVE);

        static Dated find(String name, String text, List<Line> lines, Header head, int bodyEnd, Year assumedYear) {
            List<Region> regions = regions(text, lines, head, bodyEnd);
            for (Pattern rule : RULES) {
                for (Region region : regions) {
                    Matcher m = rule.matcher(region.text());
                    if (m.find()) {
                        return dated(name, region.line(), m, assumedYear);
                    }
                }
            }
            Dated dateline = dateline(name, text, lines, head, assumedYear);
            return dateline.known() ? dateline : aboveFirstParagraph(name, text, lines, assumedYear, dateline);
        }

        /**
         * A date line the header did not claim (under a title and a standfirst, or after a byline):
         * any short line above the first paragraph of prose that holds a date in one of the forms.
         */
        private static Dated aboveFirstParagraph(String name, String text, List<Line> lines, Year assumedYear, Dated otherwise) {
            for (Line line : lines) {
                String s = trim(text.substring(line.start(), line.end()));
                if (Shape.isProse(s)) {
                    break;
                }
                for (Pattern rule : RULES) {
                    Matcher m = rule.matcher(s);
                    if (!s.isEmpty() && s.length() <= Shape.SHORT && m.find()) {
                        return dated(name, line.number(), m, assumedYear);
                    }
                }
            }
            return otherwise;
        }

        /** Header lines (an {@code Updated} line last), then byline or date lines right after the body. */
        private static List<Region> regions(String text, List<Line> lines, Header head, int bodyEnd) {
            var regions = new ArrayList<>(head.regions());
            regions.sort(Comparator.comparing(r -> trim(r.text()).toLowerCase(Locale.ROOT).matches("(last\\s+)?updated\\b.*")));
            int found = 0;
            for (int i = Line.indexOf(lines, bodyEnd); i < lines.size() && found < 3; i++) {
                Line line = lines.get(i);
                String s = trim(text.substring(Math.max(line.start(), bodyEnd), Math.max(line.end(), bodyEnd)));
                if (s.isEmpty()) {
                    continue;
                }
                if (s.length() > Shape.SHORT || !(Header.isHeaderLine(s) || CUES.any(s))) {
                    break;
                }
                regions.add(new Region(line.number(), s));
                found++;
            }
            return regions;
        }

        private static Dated dateline(String name, String text, List<Line> lines, Header head, Year assumedYear) {
            if (head.firstLine() >= lines.size()) {
                return Dated.unknown("", null);
            }
            Line line = lines.get(head.firstLine());
            Matcher m = DATELINE.matcher(text).region(head.bodyStart(), line.end());
            return m.lookingAt() ? dated(name, line.number(), m, assumedYear) : Dated.unknown("", null);
        }

        private static Dated dated(String name, long line, Matcher m, Year assumedYear) {
            String words = trim(m.group());
            String y = m.group("y");
            try {
                MonthDay day = MonthDay.of(month(m.group("mon")), Integer.parseInt(m.group("d")));
                if (y == null && assumedYear == null) {
                    return Dated.unknown(words, null);
                }
                LocalDate date = (y == null ? assumedYear : Year.of(Integer.parseInt(y))).atMonthDay(day);
                if (date.getMonthValue() != day.getMonthValue() || date.getDayOfMonth() != day.getDayOfMonth()) {
                    throw new DateTimeException("no such day in that year");
                }
                return new Dated(date, DatePrecision.DAY, DateBasis.STATED, words, weekday(date), y == null);
            } catch (DateTimeException e) {
                throw problem(name, line, "published", "'" + words + "' is not a real date; correct it or give --published");
            }
        }

        private static int month(String mon) {
            if (Character.isDigit(mon.charAt(0))) {
                return Integer.parseInt(mon);
            }
            String m = mon.substring(0, 3).toLowerCase(Locale.ROOT);
            return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
        }

        /** A date, and nothing else but times, zones and weekdays, makes up a short line. */
        static boolean isDateLine(String trimmed) {
            if (trimmed.length() > 100) {
                return false;
            }
            if (LEAD_LINE.matcher(trimmed).lookingAt() && trimmed.chars().anyMatch(Character::isDigit)) {
                return true;
            }
            for (Pattern rule : RULES) {
                Matcher m = rule.matcher(trimmed);
                if (m.find()) {
                    String rest = trimmed.substring(0, m.start()) + " " + trimmed.substring(m.end());
                    return LEFTOVER.matcher(rest).replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit);
                }
            }
            return false;
        }

        /**
         * Where a date written before the first sentence on the same line ends ({@code date 2025-06-28 Japan's ...}),
         * or -1. Only when a sentence follows, starting with a capital, digit or quote.
         */
        static int prefixEnd(String raw) {
            int from = leadingSpace(raw);
            Matcher lead = LEAD.matcher(raw).region(from, raw.length());
            int afterLead = lead.lookingAt() ? lead.end() : from;
            for (int at : new int[] {from, afterLead}) {
                for (Pattern rule : RULES) {
                    Matcher m = rule.matcher(raw).region(at, raw.length());
                    if (m.lookingAt()) {
                        Matcher tail = TAIL.matcher(raw).region(m.end(), raw.length());
                        int end = tail.lookingAt() ? tail.end() : m.end();
                        return end < raw.length() && startsSentence(raw.substring(end)) ? end : -1;
                    }
                }
            }
            return -1;
        }

        /** The rest of the line is a sentence (not a source name or a time zone after a date line). */
        private static boolean startsSentence(String rest) {
            char c = rest.charAt(0);
            boolean start = Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
            return start && (Shape.isProse(rest) || Shape.endsSentence(trim(rest)));
        }
    }
}
