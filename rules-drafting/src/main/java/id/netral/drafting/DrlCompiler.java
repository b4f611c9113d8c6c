package id.netral.drafting;

import id.netral.core.RuleSetException;
import id.netral.core.internal.RuleCompiler;
import id.netral.core.internal.RuleSource;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;

/** Compiles a rule folder's DRL with Drools' DRL compiler; errors name the file the drafter edits. */
public final class DrlCompiler implements RuleCompiler {
  private static final String PREFIX = "src/main/resources/";

  /** Made by {@link java.util.ServiceLoader}. */
  public DrlCompiler() {}

  @Override
  public List<String> untrusted(RuleSource source, List<String> drlFiles) {
    List<String> problems = new ArrayList<>();
    for (String f : drlFiles) {
      problems.addAll(DrlGuard.check(source.describe(f), source.read(f)));
    }
    return problems;
  }

  @Override
  public KieBase compile(RuleSource source, List<String> drlFiles) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    for (String f : drlFiles) {
      kfs.write(PREFIX + f, ks.getResources().newByteArrayResource(source.read(f), "UTF-8").setResourceType(ResourceType.DRL));
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<String> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      if (m.getText().contains("Parser returned a null Package")) {
        continue; // follows from the parse errors reported with their lines
      }
      int line = m.getLine();
      int column = Math.max(m.getColumn(), 0);
      java.util.regex.Matcher at = java.util.regex.Pattern.compile("Line (\\d+):(\\d+)").matcher(m.getText());
      if (column == 0 && at.find() && Integer.parseInt(at.group(1)) == line) {
        column = Integer.parseInt(at.group(2)) + 1;
      }
      String path = m.getPath() == null ? "" : m.getPath().startsWith(PREFIX) ? m.getPath().substring(PREFIX.length()) : m.getPath();
      String where = path.isEmpty() ? source.describe("") : source.describe(path);
      String plain = Plain.compile(m.getText());
      String unknown = Plain.unknownName(m.getText());
      if (unknown != null && line <= 0 && !path.isEmpty()) {
        // Drools gives no line for a field it cannot resolve: the first place the DRL names it
        int[] found = locate(new String(source.read(path), java.nio.charset.StandardCharsets.UTF_8), unknown);
        line = found[0];
        column = found[1];
      }
      if (line > 0) {
        where += ":" + line + ":" + Math.max(column, 1);
      }
      errors.add(where + ": " + (plain != null ? plain : m.getText().lines().map(String::strip).filter(l -> !l.isEmpty())
          .reduce((a, b) -> a + " " + b).orElse("error")));
    }
    if (!errors.isEmpty()) {
      throw new RuleSetException(String.join("\n", errors));
    }
    return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
  }

  /** Line and column (from 1) of the first use of {@code name} outside a comment in {@code drl}; {0, 0} if none. */
  static int[] locate(String drl, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w$.\"])" + java.util.regex.Pattern.quote(name) + "(?![\\w\"])")
        .matcher(drl);
    while (m.find()) {
      int lineStart = drl.lastIndexOf('\n', m.start() - 1) + 1;
      String before = drl.substring(lineStart, m.start());
      if (before.contains("//") || before.strip().startsWith("*") || before.strip().startsWith("/*")) {
        continue;
      }
      int line = 1;
      for (int i = 0; i < lineStart; i++) {
        if (drl.charAt(i) == '\n') {
          line++;
        }
      }
      return new int[] {line, m.start() - lineStart + 1};
    }
    return new int[] {0, 0};
  }
}
