/**
 * The {@code acquire} command: {@code demo} against the embedded fake server, and
 * {@code send chat|mail|sms} for real use. Entry point: {@link dev.acquire4j.cli.Main}.
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
