package dev.acquire4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acquire send}: groups the three channels; does nothing by itself. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send a chat message, an email or an SMS to a case, for real.",
            "The API key comes from $" + SendOptions.KEY_VARIABLE + " or --api-key-file FILE, never from an argument."})
final class SendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the channel: send chat, send mail or send sms.");
    }
}
