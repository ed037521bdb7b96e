package dev.acquire4j.testkit.internal.http;

/**
 * What the fake server would answer a request without a fault: the documented 200 or a refusal.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param body the body bytes; never changed after creation
 */
record Answer(int status, String contentType, byte[] body) {
    static final String JSON = "application/json; charset=utf-8";

    /** {@return whether this is the documented success, which only a stored message gets} */
    boolean stored() {
        return status == 200;
    }
}
