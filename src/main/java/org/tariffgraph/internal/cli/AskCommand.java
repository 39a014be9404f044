package org.tariffgraph.internal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tariffgraph.ask.Answer;
import org.tariffgraph.ask.Asker;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = {
        "Answer a question in plain English from the graph, showing the rows and sources behind the answer.",
        "With '-' as the question, read one question per line from stdin and answer each in turn (one JSON object per line with --format json)."})
final class AskCommand extends GraphCommand {

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, e.g. \"Who did Akazawa talk to on June 28, 2025?\", or - for stdin.")
    java.util.List<String> words;

    @Option(names = "--wide", description = "In a terminal, show every column of the answer's table (by default only those that answer "
            + "the question: date, kind, who, what, sources). JSON and CSV always have every column.")
    boolean wide;

    @Option(names = "--explain", description = "Also show how the question was understood: intent, entities, dates, query file and parameters.")
    boolean explain;

    /** Where questions come from when the question is '-'; a test may replace it. */
    java.io.InputStream in = System.in;

    @Override
    int run(GraphStore store) throws Exception {
        var asker = new Asker(new Queries(store));
        var out = spec.commandLine().getOut();
        String question = String.join(" ", words).strip();
        if (!question.equals("-")) {
            print(out, asker.ask(question), false);
            return ExitCodes.OK;
        }
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                print(out, asker.ask(line.strip()), true);
            }
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Answer a, boolean batch) throws JsonProcessingException {
        switch (options().format) {
            case json -> {
                var mapper = new ObjectMapper();
                if (!batch) {
                    mapper.enable(SerializationFeature.INDENT_OUTPUT);
                }
                out.println(mapper.writeValueAsString(json(a)));
            }
            case csv -> new Output(out, GlobalOptions.Format.csv).table(a.columns(), a.rows());
            default -> {
                out.println(a.answer());
                if (explain) {
                    out.println();
                    out.println("Understood as: " + a.intent());
                    out.println("  entities:   " + (a.understood().entities().isEmpty() ? "none" : String.join("; ", a.understood().entities())));
                    out.println("  dates:      " + (a.understood().dates().isEmpty() ? "none" : String.join("; ", a.understood().dates())));
                    if (!a.understood().unknown().isEmpty()) {
                        out.println("  not known:  " + String.join("; ", a.understood().unknown()));
                    }
                    a.understood().keywords().stream().filter(k -> k.startsWith("rule: ")).findFirst()
                            .ifPresent(k -> out.println("  rule:       " + k.substring("rule: ".length())));
                    out.println("  query:      " + (a.query().file() == null ? "none" : "cypher/queries/" + a.query().file()));
                    out.println("  parameters: " + new ObjectMapper().writeValueAsString(a.parameters()));
                }
                if (!a.rows().isEmpty()) {
                    out.println();
                    var shown = wide ? a.columns() : AnswerColumns.narrow(a.intent(), a.columns());
                    new Output(out, GlobalOptions.Format.table).table(shown, AnswerColumns.select(a.columns(), shown, a.rows()));
                }
                out.println("Sources: " + (a.sources().isEmpty() ? "none" : String.join(", ", a.sources())));
                if (batch) {
                    out.println();
                }
            }
        }
        out.flush();
    }

    private Map<String, Object> json(Answer a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("question", a.question());
        m.put("intent", a.intent());
        m.put("parameters", a.parameters());
        var q = new LinkedHashMap<String, Object>();
        q.put("file", a.query().file());
        q.put("text", a.query().text());
        m.put("query", q);
        m.put("columns", a.columns());
        m.put("rows", a.rows().stream().map(row -> {
            var obj = new LinkedHashMap<String, Object>();
            for (int i = 0; i < a.columns().size(); i++) {
                obj.put(a.columns().get(i), row.get(i));
            }
            return obj;
        }).toList());
        m.put("answer", a.answer());
        m.put("sources", a.sources());
        if (explain) {
            m.put("understood", a.understood());
        }
        return m;
    }
}
