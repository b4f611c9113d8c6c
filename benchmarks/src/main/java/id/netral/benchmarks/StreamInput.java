package id.netral.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes the NDJSON input of the stream benchmark: {@code N} scenarios, one a line, in a mix of the
 * complaints netral is given: seven actor types, nine act types with their facts, one to five acts
 * a scenario, dates from a year before the 2024 general election to after it (and the 2024 regional
 * elections), most of them with findings. Deterministic (seeded).
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.netral.benchmarks.StreamInput N FILE}
 */
public final class StreamInput {
  private static final String[] ACTORS = {"PNS", "PNS", "PNS", "PPPK", "LURAH", "VILLAGE_HEAD", "VILLAGE_OFFICIAL",
      "TNI", "POLRI"};
  private static final String[] FORMS = {"POST", "COMMENT", "SHARE", "LIKE", "FOLLOW", "JOIN_GROUP"};
  private static final String[] ROLES = {"EXECUTOR", "TEAM_MEMBER", "EXPERT", "WINNING_TEAM", "CONSULTANT"};

  private StreamInput() {}

  /**
   * @param args the number of lines and the file to write
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      Random r = new Random(7);
      StringBuilder b = new StringBuilder(1024);
      for (int i = 0; i < n; i++) {
        b.setLength(0);
        line(b, i, r);
        w.append(b).append('\n');
      }
    }
  }

  static void line(StringBuilder b, int i, Random r) {
    boolean regional = r.nextInt(4) == 0;
    String actor = ACTORS[r.nextInt(ACTORS.length)];
    // from a year before voting day to two months after it
    LocalDate start = regional ? LocalDate.of(2023, 11, 27) : LocalDate.of(2023, 2, 14);
    b.append("{\"id\":\"s").append(i).append("\",\"title\":\"Generated complaint ").append(i)
        .append("\",\"election\":\"").append(regional ? "pilkada-2024" : "pemilu-2024")
        .append("\",\"actor\":{\"id\":\"p").append(r.nextInt(100_000)).append("\",\"type\":\"").append(actor).append('"');
    if (actor.equals("PNS") || actor.equals("PPPK")) {
      b.append(",\"position\":\"").append(r.nextBoolean() ? "FUNCTIONAL" : "STRUCTURAL").append('"');
    }
    b.append("},\"acts\":[");
    int acts = 1 + r.nextInt(5);
    for (int a = 0; a < acts; a++) {
      if (a > 0) {
        b.append(',');
      }
      LocalDate d = start.plusDays(r.nextInt(425));
      b.append("{\"id\":\"a").append(a + 1).append("\",");
      act(b, r, d);
      b.append('}');
    }
    b.append("]}");
  }

  private static void act(StringBuilder b, Random r, LocalDate d) {
    String candidate = ",\"target\":{\"kind\":\"CANDIDATE\",\"name\":\"Pasangan calon " + (1 + r.nextInt(3)) + "\"}";
    switch (r.nextInt(11)) {
      case 0, 1, 2 -> b.append("\"type\":\"SOCIAL_MEDIA_ENGAGEMENT\",\"date\":\"").append(d).append("\",\"form\":\"")
          .append(FORMS[r.nextInt(FORMS.length)]).append('"').append(candidate);
      case 3 -> b.append("\"type\":\"CAMPAIGN_ROLE\",\"date\":\"").append(d).append("\",\"role\":\"")
          .append(ROLES[r.nextInt(ROLES.length)]).append('"').append(candidate);
      case 4 -> b.append("\"type\":\"CAMPAIGN_ATTENDANCE\",\"date\":\"").append(d).append("\",\"activeSupport\":")
          .append(r.nextBoolean()).append(",\"usesPartyAttributes\":").append(r.nextBoolean())
          .append(",\"usesCivilServantAttributes\":").append(r.nextBoolean())
          .append(",\"mobilizesCivilServants\":false,\"usesStateFacilities\":").append(r.nextInt(4) == 0)
          .append(candidate);
      case 5 -> b.append("\"type\":\"PARTISAN_PHOTO\",\"date\":\"").append(d).append("\",\"partisanSymbol\":")
          .append(r.nextBoolean()).append(",\"publiclyAccessible\":true").append(candidate);
      case 6 -> b.append("\"type\":\"FAVORING_DECISION\",\"date\":\"").append(d)
          .append("\",\"effect\":\"").append(r.nextBoolean() ? "BENEFITS" : "HARMS").append('"').append(candidate);
      case 7 -> b.append("\"type\":\"PARTY_MEMBERSHIP\",\"date\":\"").append(d).append("\",\"role\":\"")
          .append(r.nextBoolean() ? "MEMBER" : "OFFICER").append("\",\"target\":{\"kind\":\"PARTY\"}");
      case 8 -> b.append("\"type\":\"VOTING\",\"date\":\"").append(d).append('"');
      case 9 -> b.append("\"type\":\"SUPPORT_LETTER\",\"date\":\"").append(d).append('"').append(candidate);
      default -> b.append("\"type\":\"CAMPAIGN_PROPS\",\"date\":\"").append(d).append('"').append(candidate);
    }
  }
}
