package org.tariffgraph.internal.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tariffgraph.internal.db.GraphStore;

/**
 * While `serve` runs, the command line's questions are executed inside its JVM, the way a build
 * daemon serves its thin clients: the launcher script sends a command's arguments (and, for
 * {@code ask -}, its standard input) over a loopback connection and prints what comes back, so no
 * JVM starts on the client. Only the owner can use it: the port is bound to 127.0.0.1 and every
 * request must carry a random token kept in {@value #FILE} in the data folder, readable by the owner
 * only. A command's output, errors and exit code are those of the same command run on its own. Which
 * commands come here is the launcher's choice ({@code served_commands} in {@code tariffgraph}): the
 * questions of the graph, which read no files named by relative paths.
 *
 * <p>The protocol, all in UTF-8: the request is {@code TG1 <token>\n}, then the number of arguments
 * and a newline, then each argument followed by a NUL byte, then standard input followed by a NUL
 * byte. The reply is {@code <exit code> <bytes of stderr>\n}, then stderr, then stdout until the
 * connection closes.
 */
final class CommandDaemon implements AutoCloseable {

    /** The file that tells the launcher where the daemon is: {@code <port> <token> <pid>} on one line. */
    static final String FILE = "serve-cli";

    private static final int MAX_REQUEST = 1 << 20;

    private final java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
    private final ServerSocket socket;
    private final byte[] token;
    private final Path file;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "tariffgraph-cli");
        t.setDaemon(true);
        return t;
    });

    private CommandDaemon(ServerSocket socket, byte[] token, Path file) {
        this.socket = socket;
        this.token = token;
        this.file = file;
    }

    /** Starts answering the command line for {@code dataDir} with the commands run on borrowed {@code store} connections. */
    static CommandDaemon start(Path dataDir, GraphStore store) throws IOException {
        var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        Path staged = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(staged);
        Files.createFile(staged, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(staged, socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n");
        Files.move(staged, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        GraphCommand.served = store::borrow;
        var daemon = new CommandDaemon(socket, token.getBytes(StandardCharsets.UTF_8), file);
        var acceptor = new Thread(daemon::accept, "tariffgraph-cli-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return daemon;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                workers.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; var in = client.getInputStream(); var out = client.getOutputStream()) {
            var request = Request.read(in, token);
            if (request == null) {
                return; // no token, or a wrong one: say nothing to a stranger
            }
            reply(out, run(request.args(), request.stdin()));
            answered.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to tell it
        }
    }

    /** What a command printed and its exit code. */
    record Result(int code, byte[] stdout, byte[] stderr) {}

    /** How many command lines this daemon has answered. */
    long answered() {
        return answered.get();
    }

    /** Runs one command line as {@link Main} would, with {@code stdin} as its standard input. */
    static Result run(List<String> args, byte[] stdin) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        var errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        var cli = Main.commandLine(outWriter, errWriter);
        ((AskCommand) cli.getSubcommands().get("ask").getCommand()).in = new ByteArrayInputStream(stdin);
        int code = cli.execute(args.toArray(String[]::new));
        outWriter.flush();
        errWriter.flush();
        return new Result(code, out.toByteArray(), err.toByteArray());
    }

    private static void reply(OutputStream out, Result r) throws IOException {
        out.write((r.code() + " " + r.stderr().length + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(r.stderr());
        out.write(r.stdout());
        out.flush();
    }

    @Override
    public void close() {
        GraphCommand.served = null;
        try {
            Files.deleteIfExists(file);
            socket.close();
        } catch (IOException e) {
            // the launcher checks the pid: a stale file is harmless
        }
        workers.shutdownNow();
    }

    /** One request: its arguments and standard input, read only after the token matched. */
    record Request(List<String> args, byte[] stdin) {

        static Request read(InputStream in, byte[] token) throws IOException {
            String hello = line(in);
            byte[] given = hello.startsWith("TG1 ") ? hello.substring(4).getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(given, token)) {
                return null;
            }
            int count = Integer.parseInt(line(in));
            var args = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                args.add(new String(field(in), StandardCharsets.UTF_8));
            }
            return new Request(args, field(in));
        }

        private static String line(InputStream in) throws IOException {
            return new String(until(in, '\n'), StandardCharsets.UTF_8);
        }

        private static byte[] field(InputStream in) throws IOException {
            return until(in, 0);
        }

        private static byte[] until(InputStream in, int end) throws IOException {
            var bytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != end; b = in.read()) {
                if (b < 0 || bytes.size() > MAX_REQUEST) {
                    throw new IOException("request cut short");
                }
                bytes.write(b);
            }
            return bytes.toByteArray();
        }
    }
}
