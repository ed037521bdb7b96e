/**
 * The {@code acquire} command: {@code demo} and {@code fake-server} over the embedded fake server,
 * {@code send chat|mail|sms} for real use, and {@code completion bash|zsh}. Entry point: {@link dev.acquire4j.cli.Main}.
 */
module dev.acquire4j.cli {
    requires dev.acquire4j.adapter.jdk;
    requires dev.acquire4j.adapter.vertx;
    requires dev.acquire4j.protocol;
    requires dev.acquire4j.testkit;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    exports dev.acquire4j.cli;

    // picocli sets the annotated option fields of the commands reflectively.
    opens dev.acquire4j.cli to info.picocli;
}
