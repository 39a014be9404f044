package org.tariffgraph.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and parts of speech from Apache OpenNLP's small English models (shipped as Maven
 * artifacts, loaded once from the classpath: nothing is downloaded at run time). The models are
 * statistical but fixed, so the same text always gives the same sentences and tags.
 */
final class Nlp {

    /** One token: its place in the report's text, its words and its universal part-of-speech tag. */
    record Token(int start, int end, String text, String pos) {
        boolean isVerb() {
            return pos.equals("VERB") || pos.equals("AUX");
        }
    }

    /** One sentence: its place in the report's text and its tokens. */
    /** One sentence: its place in the report's text, its tokens, and the speaker label of its paragraph in a transcript (or null). */
    record Sentence(int start, int end, String text, List<Token> tokens, String label) {}

    /** "RYOSEI AKAZAWA (through interpreter): …" — a transcript's speaker label, not part of what is said. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'-]{3,60}(?:\\s*\\([^)]{1,60}\\))?):\\s+");

    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(Models.POS);

    /** The sentences of {@code text} between {@code from} and {@code to}, paragraph by paragraph (a line break always ends one). */
    List<Sentence> sentences(String text, int from, int to) {
        var out = new ArrayList<Sentence>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            paragraph(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void paragraph(String text, int from, int to, List<Sentence> out) {
        var label = LABEL.matcher(text).region(from, to);
        String speaker = null;
        if (label.lookingAt()) {
            speaker = label.group(1);
            from = label.end();
        }
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (Span s : mendAbbreviations(line, sentences.sentPosDetect(line))) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            out.add(new Sentence(start, end, text.substring(start, end), tokens(text, start, end), speaker));
        }
    }

    /**
     * Mends the model's early stops: after "U.S." a sentence that starts in lower case or with a title
     * and name ("U.S. President Donald Trump's tariffs") continues, and so does one inside an open quote.
     */
    private static List<Span> mendAbbreviations(String line, Span[] spans) {
        var out = new ArrayList<Span>();
        for (Span s : spans) {
            char first = line.charAt(s.getStart());
            String before = line.substring(0, s.getStart()).stripTrailing();
            String rest = line.substring(s.getStart());
            boolean abbreviation = before.matches("(?s).*\\b\\p{Lu}\\.\\p{Lu}\\.$")
                    && (Character.isLowerCase(first) || Character.isDigit(first) || rest.matches("(?s)^(?!(The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|But|And|As)\\b)\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+.*"));
            if (!out.isEmpty() && (abbreviation || openQuote(line, out.get(out.size() - 1))
                    || (Character.isLowerCase(first) || Character.isDigit(first)) && before.endsWith("."))) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean openQuote(String line, Span s) {
        String text = line.substring(s.getStart(), s.getEnd());
        long open = text.chars().filter(c -> c == '\u201C').count();
        long close = text.chars().filter(c -> c == '\u201D').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
    }

    private List<Token> tokens(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = splitDashes(sentence, tokenizer.tokenizePos(sentence));
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = tagger.tag(words);
        var out = new ArrayList<Token>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i]));
        }
        return out;
    }

    /** An em dash between words ("talks—highlighting") stays one token in the model: split it. */
    private static Span[] splitDashes(String sentence, Span[] spans) {
        var out = new ArrayList<Span>();
        for (Span s : spans) {
            int from = s.getStart();
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                if (sentence.charAt(i) == '\u2014' || sentence.charAt(i) == '\u2013' && s.length() > 1) {
                    if (i > from) {
                        out.add(new Span(from, i));
                    }
                    out.add(new Span(i, i + 1));
                    from = i + 1;
                }
            }
            if (from < s.getEnd()) {
                out.add(new Span(from, s.getEnd()));
            }
        }
        return out.toArray(Span[]::new);
    }
}
