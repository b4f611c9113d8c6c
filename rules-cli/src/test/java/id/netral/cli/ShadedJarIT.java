package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged command, run in its own JVM as the launcher runs it. */
class ShadedJarIT {
  private static final Path JAR = Path.of("target/netral.jar");

  @Test
  void jar_packaged_carriesTheExecutableModel() throws IOException {
    // when
    try (JarFile jar = new JarFile(JAR.toFile())) {
      // then
      assertThat(jar.getEntry("META-INF/kie/id.netral/rules-catalog/drools-model"))
          .as("the executable-model marker of the bundled rules").isNotNull();
      String marker = new String(jar.getInputStream(jar.getEntry("META-INF/kie/id.netral/rules-catalog/drools-model"))
          .readAllBytes(), StandardCharsets.UTF_8);
      for (String line : marker.lines().filter(l -> l.startsWith("id.netral")).toList()) {
        assertThat(jar.getEntry(line.replace('.', '/') + ".class")).as(line).isNotNull();
      }
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/eclipse/jdt/")).findAny())
          .as("no ECJ: a rule folder is compiled with the JDK's compiler").isEmpty();
    }
  }

  @Test
  void eval_exampleScenarios_printsFindingsAndNothingOnStderr() throws Exception {
    // when
    Result r = java("eval", "../examples/scenarios/pemilu-2024.yaml");

    // then
    assertThat(r.exit).isZero();
    assertThat(r.err).as("no Drools or SLF4J noise on the terminal").isEmpty();
    assertThat(r.out).contains("VIOLATION", "NO_VIOLATION", "Pasal 494 UU 7/2017");
  }

  @Test
  void eval_bundledRules_loadsNoDrlCompilerClass() throws Exception {
    // when
    Result r = javaWith(List.of("-verbose:class"), "eval", "../examples/scenarios/pemilu-2024.yaml");

    // then
    assertThat(r.exit).isZero();
    assertThat(r.out.lines().filter(l -> l.contains("org.drools.drl.parser.DrlParser ") || l.contains("org.drools.compiler.builder.impl.KnowledgeBuilderImpl ")).toList())
        .as("the bundled rules run from the executable model: no DRL is compiled").isEmpty();
    assertThat(r.out).contains("id.netral.catalog.rules.uu7_2017.Rules");
  }

  @Test
  void launcher_oneFileEval_loadsTheCommandFromTheClassDataSharingArchiveMadeAtBuild() throws Exception {
    // given
    assertThat(Path.of("target/netral.jsa")).as("the build makes the archive").exists();
    ProcessBuilder pb = new ProcessBuilder("bash", "../netral", "eval", "../examples/scenarios/pemilu-2024.yaml");
    pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info");
    pb.environment().put("NETRAL_NO_BUILD", "1");

    // when
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.getErrorStream().readAllBytes();

    // then
    assertThat(p.waitFor()).isZero();
    assertThat(out.lines().filter(l -> l.contains(" id.netral.cli.EvalCommand ")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("source: shared objects file"));
    assertThat(out.lines().filter(l -> l.contains(" id.netral.core.NeutralityEngine ")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("source: shared objects file"));
  }

  @Test
  void eval_malformedFile_exits2WithOneLineAndNoStackTrace() throws Exception {
    // when
    Result r = java("eval", "src/test/resources/cli/malformed.yaml", "src/test/resources/cli/valid.yaml");

    // then
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err.lines().toList()).hasSize(1);
    assertThat(r.err).startsWith("src/test/resources/cli/malformed.yaml:7:15: scenarios[0].acts[0].type:");
    assertThat(r.out).contains("2 scenarios");
  }

  @Test
  void eval_fileTooLargeForTheHeap_refusesItInOneLineAndEvaluatesTheOthers(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // given: a 40 MB scenario file, the limits raised past it, and a heap of 96 MB
    Path big = tmp.resolve("big.yaml");
    java.nio.file.Files.writeString(big, scenarios(100_000));

    // when
    Result r = javaWith(List.of("-Xmx96m"), "eval", "--max-file-size", "100M", "--max-values", "10000000",
        big.toString(), "src/test/resources/cli/valid.yaml");

    // then
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err.lines().toList()).containsExactly(big + ": the file (" + java.nio.file.Files.size(big)
        + " bytes) is too large to read whole in this heap; give the JVM more memory (JAVA_OPTS=-Xmx...), split"
        + " the file, or stream the scenarios as NDJSON (--input ndjson)");
    assertThat(r.out).contains("pns-tim-kampanye", "2 scenarios", "1 file refused");
  }

  @Test
  void eval_jsonDocumentLargerThanTheHeap_endsWithOneLineAndExit3(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // given: 15,000 results for one --format json document, and a heap of 96 MB
    Path file = tmp.resolve("many.yaml");
    java.nio.file.Files.writeString(file, scenarios(5_000));

    // when
    Result r = javaWith(List.of("-Xmx96m"), "eval", "--format", "json", file.toString(), file.toString(),
        file.toString());

    // then: not a refusal of the file (the document filled the heap), and no stack trace
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err.lines().toList()).containsExactly("netral: out of memory: the run stopped before the end, so"
        + " the output is incomplete; give the JVM more memory (JAVA_OPTS=-Xmx...)");
  }

  @Test
  void launcher_jitOptionsInJavaOpts_replaceItsOwn() throws Exception {
    // given: a tier the launcher's one-compiler-thread setting is not valid with
    ProcessBuilder pb = new ProcessBuilder("bash", "../netral", "eval", "src/test/resources/cli/valid.yaml");
    pb.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=4");
    pb.environment().put("NETRAL_NO_BUILD", "1");

    // when
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(p.waitFor()).as(err).isZero();
    assertThat(out).contains("pns-tim-kampanye", "2 scenarios");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "eval src/test/resources/cli/valid.yaml",
      "eval --format json src/test/resources/cli/valid.yaml",
      "eval --format ndjson src/test/resources/cli/valid.yaml",
      "eval --format markdown src/test/resources/cli/valid.yaml",
      "eval --input ndjson --format ndjson src/test/resources/cli/valid.ndjson",
      "test src/test/resources/cli/valid.yaml",
      "catalog",
      "catalog --format json"})
  void command_stdoutOnAFullDisk_exits3WithOneLine(String command) throws Exception {
    // given
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(command.split(" ")));

    // when
    Process p = new ProcessBuilder(cmd).redirectOutput(new java.io.File("/dev/full")).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(p.waitFor()).as(err).isEqualTo(3);
    assertThat(err.lines().toList()).hasSize(1);
    assertThat(err).startsWith("netral: cannot write the standard output");
  }

  @Test
  void evalNdjson_linesOfAThousandActsInASmallHeap_writesEveryLine(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // given: 300 lines of 1,000 acts (about 2.2 MB of output each: 256 of them are 560 MB), and 256 MB of heap
    StringBuilder acts = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      acts.append(i == 0 ? "" : ", ")
          .append("{\"type\": \"CAMPAIGN_ROLE\", \"date\": \"2023-12-01\", \"role\": \"TEAM_MEMBER\"}");
    }
    Path file = tmp.resolve("big.ndjson");
    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
      for (int n = 0; n < 300; n++) {
        w.write("{\"id\": \"s-" + n + "\", \"election\": \"pemilu-2024\", \"actor\": {\"id\": \"asn-1\","
            + " \"type\": \"PNS\"}, \"acts\": [" + acts + "]}\n");
      }
    }
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
        JAR.toString(), "eval", "--input", "ndjson", "--format", "ndjson", file.toString());

    // when: the output counted, not kept
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    long lines = 0;
    try (java.io.InputStream in = p.getInputStream()) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          lines += buf[i] == '\n' ? 1 : 0;
        }
      }
    }
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(p.waitFor()).as(err).isZero();
    assertThat(lines).isEqualTo(300);
  }

  /** A scenario file of {@code n} three-act scenarios. */
  private static String scenarios(int n) {
    StringBuilder b = new StringBuilder(n * 420).append("version: 1\nscenarios:\n");
    for (int i = 0; i < n; i++) {
      b.append("  - id: s").append(i).append("\n    election: pemilu-2024\n    actor: {id: a").append(i)
          .append(", type: PNS}\n    acts:\n")
          .append("      - {type: SOCIAL_MEDIA_ENGAGEMENT, date: 2023-10-17, form: LIKE, target: {kind: CANDIDATE}}\n")
          .append("      - {type: CAMPAIGN_ROLE, date: 2023-12-01, role: TEAM_MEMBER, target: {kind: CANDIDATE}}\n")
          .append("      - {type: SOCIAL_MEDIA_ENGAGEMENT, date: 2024-01-05, form: SHARE, target: {kind: CANDIDATE}}\n");
    }
    return b.toString();
  }

  private record Result(int exit, String out, String err) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    return javaWith(List.of(), args);
  }

  private static Result javaWith(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    int exit = p.waitFor();
    return new Result(exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }
}
