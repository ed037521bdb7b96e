package dev.acquire4j.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The BOM has no parent (so it leaks no build settings), so these facts are checked here instead. */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theBomHasTheBuildsVersion() throws IOException {
        assertEquals(version(ROOT.resolve("pom.xml")), version(ROOT.resolve("acquire-bom/pom.xml")));
    }

    @Test
    void theBomListsEveryLibraryModule() throws IOException {
        String bom = Files.readString(ROOT.resolve("acquire-bom/pom.xml"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.filter(dir -> Files.exists(dir.resolve("src/main/java/module-info.java")))
                    .map(dir -> dir.getFileName().toString())
                    // The command is an application, not a library to depend on.
                    .filter(name -> !name.equals("acquire-cli"))
                    .filter(name -> !bom.contains("<artifactId>" + name + "</artifactId>"))
                    .forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "acquire-bom/pom.xml lacks " + missing);
    }

    /** {@return the project's own version: the first version after its artifactId, outside the parent block} */
    private static String version(Path pom) throws IOException {
        String text = Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = Pattern.compile("<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(text);
        assertTrue(m.find(), "no version in " + pom);
        return m.group(1);
    }
}
