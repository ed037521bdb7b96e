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

/** The BOM has no parent (so it leaks no build settings), so what it must share with the parent pom is checked here. */
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

    @Test
    void theBomPinsItsPluginsToTheParentsVersions() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        Matcher pinned = Pattern.compile("<([a-z-]+-plugin\\.version)>([^<]+)</\\1>").matcher(Files.readString(ROOT.resolve("acquire-bom/pom.xml")));
        int count = 0;
        while (pinned.find()) {
            count++;
            String property = pinned.group(1);
            Matcher inParent = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(parent);
            assertTrue(inParent.find(), () -> "the parent pom has no " + property);
            assertEquals(inParent.group(1), pinned.group(2), () -> property + " differs between acquire-bom/pom.xml and pom.xml");
        }
        assertTrue(count >= 4, "acquire-bom/pom.xml pins at least clean, install, deploy and site");
    }

    @Test
    void theBomHasTheBuildsOutputTimestamp() throws IOException {
        Pattern timestamp = Pattern.compile("<project\\.build\\.outputTimestamp>([^<]+)</");
        Matcher parent = timestamp.matcher(Files.readString(ROOT.resolve("pom.xml")));
        Matcher bom = timestamp.matcher(Files.readString(ROOT.resolve("acquire-bom/pom.xml")));
        assertTrue(parent.find() && bom.find(), "both poms set project.build.outputTimestamp");
        assertEquals(parent.group(1), bom.group(1));
    }

    /** {@return the project's own version: the first version after its artifactId, outside the parent block} */
    private static String version(Path pom) throws IOException {
        String text = Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = Pattern.compile("<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(text);
        assertTrue(m.find(), "no version in " + pom);
        return m.group(1);
    }
}
