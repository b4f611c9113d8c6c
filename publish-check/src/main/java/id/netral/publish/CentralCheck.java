package id.netral.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks, after {@code package}, that the published modules would pass Maven Central's rules: for
 * each module its POM (with the parents it inherits from) has a name and description of its own, a
 * url, a licence with name and url, a developer and an scm url and connection; and, unless it is
 * packaged as {@code pom}, its {@code target} holds the jar, the {@code -sources.jar} and the
 * {@code -javadoc.jar}, each a readable zip with at least one file outside {@code META-INF}. With
 * {@code --signatures=true} (the release profile) every one of those files, and the POM, needs a
 * {@code .asc} beside it.
 *
 * <p>Each problem is printed as one line, {@code module: what is missing (why Central wants it)},
 * and the process exits with 1; with none it prints one line and exits with 0.
 *
 * <pre>{@code
 * java -cp publish-check/target/classes id.netral.publish.CentralCheck \
 *     --signatures=false . netral-bom rules-core rules-catalog rules-drafting
 * }</pre>
 */
public final class CentralCheck {

    /** Elements Central asks for, as paths from {@code <project>}, found here or in a parent. */
    private static final List<List<String>> INHERITABLE = List.of(
            List.of("url"),
            List.of("licenses", "license", "name"),
            List.of("licenses", "license", "url"),
            List.of("developers", "developer", "name"),
            List.of("scm", "url"),
            List.of("scm", "connection"));

    private CentralCheck() {
    }

    /**
     * Runs the check from the command line.
     *
     * @param args {@code --signatures=true|false}, then the folder the module folders are relative
     *     to, then the module folders ({@code .} for that folder itself)
     */
    public static void main(String[] args) {
        if (args.length < 2 || !args[0].startsWith("--signatures=")) {
            System.err.println("usage: CentralCheck --signatures=true|false ROOT MODULE...");
            System.exit(2);
        }
        boolean signatures = Boolean.parseBoolean(args[0].substring("--signatures=".length()));
        Path root = Path.of(args[1]);
        List<String> modules = Arrays.asList(args).subList(2, args.length);
        List<String> problems = check(root, modules, signatures);
        if (problems.isEmpty()) {
            System.out.println("Maven Central check: " + modules.size() + " modules have the POM metadata"
                    + " and the jars" + (signatures ? " and the signatures" : "") + " Central asks for");
            return;
        }
        problems.forEach(System.err::println);
        System.err.println("Maven Central check: " + problems.size()
                + " problem(s); Central would refuse this release");
        System.exit(1);
    }

    /**
     * Checks the given modules.
     *
     * @param root the folder the module folders are relative to
     * @param modules the module folders
     * @param signatures whether a {@code .asc} must sit beside every file
     * @return one line per problem, empty when Central would accept the modules
     */
    static List<String> check(Path root, List<String> modules, boolean signatures) {
        List<String> problems = new ArrayList<>();
        for (String module : modules) {
            problems.addAll(checkModule(root.resolve(module).normalize(), module, signatures));
        }
        return problems;
    }

    private static List<String> checkModule(Path dir, String module, boolean signatures) {
        List<String> problems = new ArrayList<>();
        Path pomFile = dir.resolve("pom.xml");
        Element pom;
        try {
            pom = read(pomFile);
        } catch (IOException | SAXException e) {
            return List.of(module + ": pom.xml cannot be read (" + e.getMessage() + ")");
        }
        for (String own : List.of("name", "description")) {
            if (text(pom, List.of(own)).isEmpty()) {
                problems.add(module + ": pom.xml has no <" + own + "> of its own (Central shows it;"
                        + " an inherited one would describe the parent)");
            }
        }
        List<Element> chain = new ArrayList<>();
        chain.add(pom);
        problems.addAll(parents(dir, pom, module, chain));
        for (List<String> path : INHERITABLE) {
            if (chain.stream().map(p -> text(p, path)).allMatch(Optional::isEmpty)) {
                problems.add(module + ": no " + tags(path) + " in pom.xml or a parent"
                        + " (Central requires it)");
            }
        }
        Optional<String> artifactId = text(pom, List.of("artifactId"));
        Optional<String> version = text(pom, List.of("version")).or(() -> text(pom, List.of("parent", "version")));
        if (artifactId.isEmpty() || version.isEmpty()) {
            problems.add(module + ": pom.xml names no artifactId or version");
            return problems;
        }
        String base = artifactId.get() + "-" + version.get();
        List<String> files = new ArrayList<>();
        files.add(base + ".pom");
        if (!"pom".equals(text(pom, List.of("packaging")).orElse("jar"))) {
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                String jar = base + suffix;
                files.add(jar);
                jarProblem(dir.resolve("target").resolve(jar))
                        .ifPresent(p -> problems.add(module + ": target/" + jar + " " + p
                                + " (Central refuses a jar without its sources and javadoc jars)"));
            }
        }
        if (signatures) {
            for (String file : files) {
                if (!signed(dir.resolve("target"), file)) {
                    problems.add(module + ": target/" + file + ".asc is missing (Central requires"
                            + " a signature for every file; the release profile signs at verify)");
                }
            }
        }
        return problems;
    }

    /** Adds the local parents of {@code pom} to {@code chain}; a parent not found here is a problem. */
    private static List<String> parents(Path dir, Element pom, String module, List<Element> chain) {
        Element current = pom;
        Path currentDir = dir;
        while (child(current, "parent").isPresent()) {
            Element parent = child(current, "parent").get();
            String relativePath = text(parent, List.of("relativePath")).orElse("../pom.xml");
            Path file = currentDir.resolve(relativePath);
            if (Files.isDirectory(file)) {
                file = file.resolve("pom.xml");
            }
            Element read;
            try {
                read = read(file);
            } catch (IOException | SAXException e) {
                return List.of(module + ": parent pom " + file + " cannot be read (" + e.getMessage() + ")");
            }
            if (!text(read, List.of("artifactId")).equals(text(parent, List.of("artifactId")))) {
                return List.of(module + ": " + file + " is not the parent pom.xml names");
            }
            chain.add(read);
            current = read;
            currentDir = file.getParent();
        }
        return Collections.emptyList();
    }

    /** Whether {@code target} or a folder below it (maven-gpg-plugin's {@code gpg/}) has {@code file}.asc. */
    private static boolean signed(Path target, String file) {
        if (!Files.isDirectory(target)) {
            return false;
        }
        String asc = file + ".asc";
        try (Stream<Path> found = Files.find(target, 3, (path, attributes) ->
                attributes.isRegularFile() && path.getFileName().toString().equals(asc))) {
            return found.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> jarProblem(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return Optional.of("is missing");
        }
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    return Optional.empty();
                }
            }
            return Optional.of(entries == 0 ? "is not a jar" : "holds nothing outside META-INF");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Element read(Path file) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in).getDocumentElement();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard feature", e);
        }
    }

    /** The trimmed text at {@code path} below {@code element}, following the first child of each name. */
    private static Optional<String> text(Element element, List<String> path) {
        Optional<Element> current = Optional.of(element);
        for (String name : path) {
            current = current.flatMap(e -> child(e, name));
        }
        return current.map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
    }

    private static Optional<Element> child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getTagName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String tags(List<String> path) {
        StringBuilder tags = new StringBuilder();
        for (String name : path) {
            tags.append('<').append(name).append('>');
        }
        return tags.toString();
    }
}
