package dev.acquire4j.cli;

/** The result of a {@code case} or {@code message} call, ready to print as a table or as one line of JSON. */
interface Shown {
    /**
     * {@return the result as an aligned table}
     *
     * @param transport the transport it came through
     */
    String table(Transport transport);

    /** {@return the result as one line of JSON} */
    String json();
}
