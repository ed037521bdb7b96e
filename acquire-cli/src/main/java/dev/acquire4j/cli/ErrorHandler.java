package dev.acquire4j.cli;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import dev.acquire4j.ports.NotSentException;
import dev.acquire4j.ports.OutcomeUnknownException;
import dev.acquire4j.ports.RequestRejectedException;
import dev.acquire4j.ports.SendFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command threw to an exit code and a short message on standard error; with
 * {@code --verbose}, the stack trace follows. Exit codes are listed in {@link ExitCodes}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code = exitCode(e);
        // Messages quote servers, files and input: no URL password, control and bidi characters escaped.
        err.println(TerminalText.safe(message(e)));
        if (isVerbose(parsed)) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(TerminalText.safe(trace.toString()));
        } else if (code == ExitCodes.INTERNAL_ERROR) {
            err.println("Run again with --verbose for the stack trace, and please report it.");
        }
        err.flush();
        return code;
    }

    /**
     * {@return the exit code for an exception}
     *
     * @param e what the command threw
     */
    static int exitCode(Exception e) {
        if (e instanceof UsageException || e instanceof ValidationException) {
            return ExitCodes.INVALID;
        }
        if (e instanceof RequestRejectedException) {
            return ExitCodes.REFUSED;
        }
        if (e instanceof OutcomeUnknownException) {
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        if (e instanceof NotSentException) {
            return ExitCodes.UNREACHABLE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String message(Exception e) {
        if (e instanceof ValidationException) {
            StringBuilder s = new StringBuilder("Invalid input; nothing was sent.");
            for (Violation v : ((ValidationException) e).violations()) {
                s.append(System.lineSeparator()).append("  ").append(v);
            }
            return s.toString();
        }
        if (e instanceof UsageException) {
            return e.getMessage();
        }
        if (e instanceof SendFailedException) {
            return FailureMessages.describe((SendFailedException) e);
        }
        return "Unexpected error: " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static boolean isVerbose(ParseResult parsed) {
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf.hasMatchedOption("--verbose");
    }
}
