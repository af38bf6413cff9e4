package io.hubfleet.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs programs as child processes, with no shell between: arguments reach the program as they are. */
public final class ProcessCommandRunner implements CommandRunner {

    /** The status a shell gives a program it cannot find. */
    static final int NOT_FOUND = 127;

    @Override
    public Result run(List<String> argv, String stdin) {
        Process process;
        try {
            process = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            return new Result(NOT_FOUND, "", "cannot start " + argv.get(0) + ": " + e.getMessage());
        }
        // Both streams are read at once: a program filling one pipe while we wait on the other would stall.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The program closed its input early; its exit status says what happened.
        }
        try {
            int status = process.waitFor();
            return new Result(status, out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return new Result(1, out.getNow(""), "interrupted");
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
