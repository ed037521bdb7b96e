package dev.acquire4j.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's code samples cannot rot: each one is a region between {@code // tag::NAME[]} and
 * {@code // end::NAME[]} in a test source of some module, compiled and run by that module's tests,
 * and this test fails unless README.md shows every region exactly (less its common indentation).
 */
class ReadmeSamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern REGION =
            Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

    /** One tagged region of a test source. */
    record Sample(String file, String tag, String text) {
        @Override
        public String toString() {
            return tag + " (" + file + ")";
        }
    }

    static List<Sample> samples() throws IOException {
        List<Sample> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .forEach(p -> collect(p, found));
        }
        assertFalse(found.isEmpty(), "no tagged samples found under " + ROOT.toAbsolutePath());
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theReadmeShowsTheSampleVerbatim(Sample sample) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(sample.text()), "README.md must show the '" + sample.tag() + "' sample of "
                + sample.file() + " exactly:\n" + sample.text());
    }

    private static void collect(Path file, List<Sample> into) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = REGION.matcher(source);
        while (m.find()) {
            into.add(new Sample(ROOT.relativize(file).toString(), m.group(1), dedent(m.group(2))));
        }
    }

    private static String dedent(String region) {
        List<String> lines = region.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        return out.toString();
    }
}
