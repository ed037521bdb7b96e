package dev.acquire4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A send the fake account refuses, with the HTTP status and {@code ERROR_*} code a real server
 * would answer. Thrown inside the testkit only; no stack trace, as it is an answer, not a bug.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** 400: the request or the case state is not acceptable. */
    public static final String INVALID_INPUT = "ERROR_INVALID_INPUT";
    /** 404 (our choice; the docs also list it under 400): the case or path does not exist. */
    public static final String RECORD_NOT_FOUND = "ERROR_RECORD_NOT_FOUND";
    /** 401: missing or wrong API key. */
    public static final String UNAUTHORIZED = "ERROR_UNAUTHORIZED";
    /** 403: a key without the permission. */
    public static final String UNAUTHORIZED_ACCESS = "ERROR_UNAUTHORIZED_ACCESS";
    /** 500: the server failed. */
    public static final String SERVER_ERROR = "ERROR_SERVER_ERROR";

    private final int status;
    private final String code;

    /**
     * Creates a refusal.
     *
     * @param status the HTTP status
     * @param code the {@code ERROR_*} code, or {@code null}
     * @param message a human-readable reason; never contains a key
     */
    public Refusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /**
     * {@return a 400 {@code ERROR_INVALID_INPUT}}
     *
     * @param message the reason
     */
    public static Refusal invalid(String message) {
        return new Refusal(400, INVALID_INPUT, message);
    }

    /**
     * {@return a 404 {@code ERROR_RECORD_NOT_FOUND}}
     *
     * @param message the reason
     */
    public static Refusal notFound(String message) {
        return new Refusal(404, RECORD_NOT_FOUND, message);
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return the {@code ERROR_*} code, or {@code null}} */
    public String code() {
        return code;
    }

    /** {@return the error body: {@code {"status":"error","type":CODE,"message":TEXT}}} */
    public byte[] body() {
        return errorBody(code, getMessage());
    }

    /**
     * Writes the error body the fake server answers with. The real API documents only the codes,
     * so this shape is ours: {@code status}, {@code type} (the code) and {@code message}.
     *
     * @param code the {@code ERROR_*} code, or {@code null} to leave {@code type} out
     * @param message the reason
     * @return the JSON bytes
     */
    public static byte[] errorBody(String code, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("status", "error");
        if (code != null) {
            body.put("type", code);
        }
        body.put("message", message);
        return Json.bytes(body);
    }
}
