package id.netral.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralCheckTest {

    private static final String PARENT = """
            <project>
              <groupId>id.netral</groupId><artifactId>netral-parent</artifactId><version>1.0</version>
              <packaging>pom</packaging>
              <name>netral</name><description>The parent.</description>
              <url>https://example.org/netral</url>
              <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
              <developers><developer><name>The netral authors</name></developer></developers>
              <scm><connection>scm:git:https://example.org/netral.git</connection><url>https://example.org/netral</url></scm>
            </project>
            """;

    private static final String MODULE = """
            <project>
              <parent><groupId>id.netral</groupId><artifactId>netral-parent</artifactId><version>1.0</version></parent>
              <artifactId>lib</artifactId>
              <name>netral lib</name><description>A library.</description>
            </project>
            """;

    @TempDir
    Path root;

    @Test
    void check_completeModule_findsNothing() throws IOException {
        // given
        project(PARENT, MODULE, ".jar", "-sources.jar", "-javadoc.jar");

        // when
        List<String> problems = CentralCheck.check(root, List.of(".", "lib"), false);

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void check_javadocJarMissing_namesTheFile() throws IOException {
        // given
        project(PARENT, MODULE, ".jar", "-sources.jar");

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).containsExactly("lib: target/lib-1.0-javadoc.jar is missing"
                + " (Central refuses a jar without its sources and javadoc jars)");
    }

    @Test
    void check_sourcesJarWithOnlyAManifest_isRefused() throws IOException {
        // given
        project(PARENT, MODULE, ".jar", "-javadoc.jar");
        jar(root.resolve("lib/target/lib-1.0-sources.jar"), "META-INF/MANIFEST.MF");

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).singleElement().asString()
                .startsWith("lib: target/lib-1.0-sources.jar holds nothing outside META-INF");
    }

    @Test
    void check_licenceUrlNowhere_namesTheElement() throws IOException {
        // given
        project(PARENT.replace("<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>", ""), MODULE,
                ".jar", "-sources.jar", "-javadoc.jar");

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).containsExactly(
                "lib: no <licenses><license><url> in pom.xml or a parent (Central requires it)");
    }

    @Test
    void check_descriptionOnlyInherited_isRefused() throws IOException {
        // given
        project(PARENT, MODULE.replace("<description>A library.</description>", ""),
                ".jar", "-sources.jar", "-javadoc.jar");

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).singleElement().asString()
                .startsWith("lib: pom.xml has no <description> of its own");
    }

    @Test
    void check_pomPackaging_needsNoJars() throws IOException {
        // given
        project(PARENT, MODULE.replace("</artifactId>", "</artifactId><packaging>pom</packaging>"));

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void check_signaturesAskedAndOneMissing_namesIt() throws IOException {
        // given
        project(PARENT, MODULE, ".jar", "-sources.jar", "-javadoc.jar");
        for (String file : List.of("lib-1.0.pom", "lib-1.0.jar", "lib-1.0-sources.jar")) {
            Path asc = root.resolve("lib/target/gpg/" + file + ".asc");
            Files.createDirectories(asc.getParent());
            Files.writeString(asc, "-----BEGIN PGP SIGNATURE-----");
        }

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), true);

        // then
        assertThat(problems).singleElement().asString()
                .startsWith("lib: target/lib-1.0-javadoc.jar.asc is missing");
    }

    @Test
    void check_parentPomAbsent_saysSo() throws IOException {
        // given
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/pom.xml"), MODULE);

        // when
        List<String> problems = CentralCheck.check(root, List.of("lib"), false);

        // then
        assertThat(problems).first().asString().startsWith("lib: parent pom ").contains("cannot be read");
    }

    private void project(String parent, String module, String... jarSuffixes) throws IOException {
        Files.writeString(root.resolve("pom.xml"), parent);
        Files.createDirectories(root.resolve("lib/target"));
        Files.writeString(root.resolve("lib/pom.xml"), module);
        for (String suffix : jarSuffixes) {
            jar(root.resolve("lib/target/lib-1.0" + suffix), "META-INF/MANIFEST.MF", "id/netral/Lib.txt");
        }
    }

    private static void jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
