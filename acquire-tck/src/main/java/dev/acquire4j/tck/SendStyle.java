package dev.acquire4j.tck;

/** How the contract suite sends: through the blocking senders or through the async ones. */
public enum SendStyle {
    /** {@code client.chat().send(m)} and its mail and SMS twins. */
    BLOCKING,
    /**
     * {@code client.async().chat().send(m)}, waited for by the suite; a {@code CompletionException}
     * is unwrapped to the acquire4j exception inside it.
     */
    ASYNC
}
