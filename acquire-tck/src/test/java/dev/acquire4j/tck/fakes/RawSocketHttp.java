package dev.acquire4j.tck.fakes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One raw HTTP/1.1 connection to the fake server, read head by head, for faults no HTTP client shows as they are. */
final class RawSocketHttp implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawSocketHttp(URI base) throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Writes a JSON POST with a bearer key. */
    void post(String pathAndQuery, String key, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** {@return the next head: the status line, then the header lines, without the blank line} */
    List<String> head() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            lines.add(line);
        }
        return lines;
    }

    /** {@return the value of a header of a head, or {@code null}} */
    static String header(List<String> head, String name) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** {@return exactly {@code n} body bytes, or fewer if the connection ends first} */
    byte[] bytes(long n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (long left = n; left > 0; ) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                break;
            }
            b.write(buffer, 0, r);
            left -= r;
        }
        return b.toByteArray();
    }

    /** {@return how many bytes were read, skipping up to {@code n}, fewer if the connection ends} */
    long skip(long n) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        while (read < n) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n - read));
            if (r < 0) {
                break;
            }
            read += r;
        }
        return read;
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection ended in a head: " + s);
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
