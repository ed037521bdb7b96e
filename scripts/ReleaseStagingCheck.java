import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release (the unzipped Central bundle) against what is meant to be published: the
 * modules acquire-bom lists, and acquire-bom itself. Each must have its pom with the metadata Central
 * requires, and each library its jar, sources jar and Javadoc jar; with --signed, a .asc beside each.
 * Checksums, where present, must match. Anything else staged is an error. (That every plugin is
 * pinned is the enforcer's requirePluginVersions rule, in the parent pom and in acquire-bom.)
 * Run by scripts/release-dry-run:
 *
 * <pre>java scripts/ReleaseStagingCheck.java STAGING_DIR acquire-bom/pom.xml VERSION SIGNED(true|false)
 * java scripts/ReleaseStagingCheck.java --published acquire-bom/pom.xml   (prints the list, one a line)</pre>
 */
public final class ReleaseStagingCheck {
    private static final String GROUP = "dev.acquire4j";
    private static final String BOM = "acquire-bom";
    private static final Map<String, String> CHECKSUMS = Map.of(".md5", "MD5", ".sha1", "SHA-1", ".sha256", "SHA-256", ".sha512", "SHA-512");

    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--published")) {
            published(Path.of(args[1])).forEach(System.out::println);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: ReleaseStagingCheck STAGING_DIR BOM_POM VERSION SIGNED(true|false)");
            System.exit(2);
        }
        ReleaseStagingCheck check = new ReleaseStagingCheck();
        Path staging = Path.of(args[0]);
        Set<String> expected = published(Path.of(args[1]));
        System.out.println("Meant for publication (acquire-bom and what it lists): " + expected);
        check.staging(staging, expected, args[2], Boolean.parseBoolean(args[3]));
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.out.println("PROBLEM: " + p));
            System.out.println(check.problems.size() + " problems in the staged release");
            System.exit(1);
        }
        System.out.println("The staged release is complete: " + expected.size() + " artifacts, nothing else.");
    }

    /** {@return acquire-bom and every acquire4j artifact its dependencyManagement lists}: the one list of what is published. */
    static Set<String> published(Path bomPom) throws Exception {
        Set<String> names = new TreeSet<>(Set.of(BOM));
        Element management = child(parse(bomPom).getDocumentElement(), "dependencyManagement");
        for (Element dependency : children(child(management, "dependencies"), "dependency")) {
            if (GROUP.equals(text(dependency, "groupId"))) {
                names.add(text(dependency, "artifactId"));
            }
        }
        return names;
    }

    private void staging(Path staging, Set<String> expected, String version, boolean signed) throws Exception {
        Path groupDir = staging.resolve(GROUP.replace('.', '/'));
        Map<String, Set<String>> filesByArtifact = new TreeMap<>();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path relative = groupDir.relativize(file);
                if (!file.startsWith(groupDir) || relative.getNameCount() != 3 || !relative.getName(1).toString().equals(version)) {
                    problems.add("staged outside " + GROUP + ":*:" + version + ": " + staging.relativize(file));
                    continue;
                }
                filesByArtifact.computeIfAbsent(relative.getName(0).toString(), a -> new TreeSet<>()).add(relative.getFileName().toString());
            }
        }
        for (String artifact : filesByArtifact.keySet()) {
            if (!expected.contains(artifact)) {
                problems.add("staged but not meant for publication: " + artifact + " " + filesByArtifact.get(artifact));
            }
        }
        for (String artifact : expected) {
            Set<String> files = filesByArtifact.getOrDefault(artifact, Set.of());
            if (files.isEmpty()) {
                problems.add("not staged: " + artifact);
                continue;
            }
            artifact(groupDir.resolve(artifact).resolve(version), artifact, version, files, signed);
            System.out.println("staged " + artifact + ": " + files.stream().filter(f -> CHECKSUMS.keySet().stream().noneMatch(f::endsWith)).toList());
        }
    }

    private void artifact(Path dir, String artifact, String version, Set<String> files, boolean signed) throws Exception {
        String base = artifact + "-" + version;
        List<String> primary = new ArrayList<>(List.of(base + ".pom"));
        if (!artifact.equals(BOM)) {
            primary.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
        }
        Set<String> allowed = new TreeSet<>();
        for (String file : primary) {
            allowed.add(file);
            allowed.add(file + ".asc");
            if (!files.contains(file)) {
                problems.add(artifact + ": missing " + file);
            }
            if (signed && !files.contains(file + ".asc")) {
                problems.add(artifact + ": missing the signature " + file + ".asc");
            }
        }
        for (String file : Set.copyOf(allowed)) {
            CHECKSUMS.keySet().forEach(ext -> allowed.add(file + ext));
        }
        for (String file : files) {
            if (!allowed.contains(file)) {
                problems.add(artifact + ": unexpected file " + file);
            } else {
                checksum(dir, file);
            }
        }
        if (files.contains(base + ".pom")) {
            pom(dir.resolve(base + ".pom"), artifact, version);
        }
        if (!artifact.equals(BOM)) {
            jarHolds(dir.resolve(base + ".jar"), ".class", artifact);
            jarHolds(dir.resolve(base + "-sources.jar"), ".java", artifact);
            jarHolds(dir.resolve(base + "-javadoc.jar"), "index.html", artifact);
        }
    }

    private void checksum(Path dir, String file) throws IOException, NoSuchAlgorithmException {
        for (Map.Entry<String, String> sum : CHECKSUMS.entrySet()) {
            if (file.endsWith(sum.getKey())) {
                Path of = dir.resolve(file.substring(0, file.length() - sum.getKey().length()));
                if (!Files.isRegularFile(of)) {
                    continue; // reported as missing
                }
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance(sum.getValue()).digest(Files.readAllBytes(of)));
                String stated = Files.readString(dir.resolve(file)).strip().split("\\s+")[0];
                if (!actual.equalsIgnoreCase(stated)) {
                    problems.add(file + " does not match " + of.getFileName());
                }
            }
        }
    }

    /** The metadata Central requires, and a pom that resolves on its own: no parent, no unresolved versions. */
    private void pom(Path pom, String artifact, String version) throws Exception {
        Element project = parse(pom).getDocumentElement();
        expectText(project, "groupId", GROUP, artifact);
        expectText(project, "artifactId", artifact, artifact);
        expectText(project, "version", version, artifact);
        for (String field : List.of("name", "description", "url")) {
            required(text(project, field), artifact, field);
        }
        List<Element> licenses = children(child(project, "licenses"), "license");
        required(licenses.isEmpty() ? null : text(licenses.get(0), "name"), artifact, "licenses/license/name");
        required(licenses.isEmpty() ? null : text(licenses.get(0), "url"), artifact, "licenses/license/url");
        List<Element> developers = children(child(project, "developers"), "developer");
        required(developers.isEmpty() ? null : text(developers.get(0), "name"), artifact, "developers/developer/name");
        for (String field : List.of("url", "connection", "developerConnection")) {
            required(text(child(project, "scm"), field), artifact, "scm/" + field);
        }
        if (child(project, "parent") != null) {
            problems.add(artifact + ": the staged pom names a parent, which is not published");
        }
        Set<String> defined = new TreeSet<>(Set.of("project.version"));
        for (Element property : children(child(project, "properties"), "*")) {
            defined.add(property.getLocalName());
        }
        Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(Files.readString(pom));
        while (expression.find()) {
            if (!defined.contains(expression.group(1))) {
                problems.add(artifact + ": the staged pom uses ${" + expression.group(1) + "}, which it does not define");
            }
        }
        String url = text(project, "url");
        if (url != null && url.endsWith("/" + artifact)) {
            problems.add(artifact + ": the url grew the module's name: " + url);
        }
    }

    private void jarHolds(Path jar, String suffix, String artifact) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
                problems.add(artifact + ": " + jar.getFileName() + " holds no " + suffix);
            }
        }
    }

    private void expectText(Element parent, String name, String expected, String artifact) {
        if (!expected.equals(text(parent, name))) {
            problems.add(artifact + ": " + name + " is " + text(parent, name) + ", expected " + expected);
        }
    }

    private void required(String value, String artifact, String field) {
        if (value == null || value.isBlank()) {
            problems.add(artifact + ": the pom lacks " + field);
        }
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && (name.equals("*") || name.equals(n.getLocalName()))) {
                found.add((Element) n);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
