package id.netral.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.NeutralityEngine;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an embedding system gets with the rules-catalog dependency alone: the bundled rules run
 * without the DRL compiler on the class path, and the first use prints nothing on the terminal when
 * the application binds an SLF4J provider (here slf4j-nop, as the README says).
 */
class BundledRulesClasspathTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "org.drools.compiler.builder.impl.KnowledgeBuilderImpl", // drools-compiler
      "org.drools.drl.parser.DrlParser", // drools-drl-parser
      "org.drools.drl.ast.descr.RuleDescr", // drools-drl-ast
      "org.eclipse.jdt.internal.compiler.Compiler", // ecj
      "org.antlr.v4.runtime.Parser", // antlr4-runtime
      "org.antlr.runtime.Parser", // antlr-runtime 3
      "org.drools.mvel.MVELDialectConfiguration", // drools-mvel
      "org.kie.util.maven.support.PomModel" // kie-util-maven-support
  })
  void classPath_ofAnEmbedder_holdsNoPartOfTheDrlCompiler(String className) {
    // given the class path of this module: rules-catalog and slf4j-nop

    // when / then
    assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void withBundledRules_withoutTheDrlCompiler_loadsAndAssesses() {
    // given
    NeutralityEngine engine = NeutralityEngine.withBundledRules();

    // when
    List<String> rules = engine.findingRules();

    // then
    assertThat(rules).hasSizeGreaterThan(50);
    assertThat(engine.catalog().elections()).containsKey("pemilu-2024");
  }

  @Test
  void embeddingExample_inAFreshJvm_printsNothingOnStderr() throws Exception {
    // given: a JVM of its own, so that SLF4J starts there for the first time
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        EmbeddingExample.class.getName()));

    // when
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();

    // then
    assertThat(exit).as(err).isZero();
    assertThat(out).startsWith("VIOLATION");
    assertThat(err).as("no SLF4J or Drools line on stderr").isEmpty();
    assertThat(System.getProperty("java.class.path").split(File.pathSeparator))
        .anyMatch(entry -> entry.contains("slf4j-nop"));
  }
}
