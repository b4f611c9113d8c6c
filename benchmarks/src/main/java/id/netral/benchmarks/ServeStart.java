package id.netral.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long {@code netral serve} takes to start: from launching the command (the jar already
 * built) until it prints the address it listens on, and until {@code GET /health} first answers
 * 200. {@code /health} is polled from this process, a connection attempt every millisecond or two,
 * not by starting a client program each time: on two cores, a loop of {@code curl} processes takes
 * enough CPU from the starting JVM to add a few hundred milliseconds.
 *
 * <p>Prints one line per start, {@code serve LISTENING_MS HEALTH_MS}, for {@code benchmarks/run}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.netral.benchmarks.ServeStart N COMMAND...}, e.g.
 * {@code ServeStart 10 ./netral serve} (the command is given {@code --port 0}).
 */
public final class ServeStart {
  private static final Pattern ADDRESS = Pattern.compile("http://([0-9.]+):(\\d+)/");

  private ServeStart() {}

  /**
   * @param args the number of starts, then the command
   * @throws Exception when the command does not start
   */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<String> command = new ArrayList<>(List.of(args).subList(1, args.length));
    command.add("--port");
    command.add("0");
    for (int i = 0; i < n; i++) {
      long[] t = once(command);
      System.out.println("serve " + t[0] + " " + t[1]);
    }
  }

  private static long[] once(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      long listening = System.nanoTime();
      Matcher m = first == null ? null : ADDRESS.matcher(first);
      if (m == null || !m.find()) {
        throw new IllegalStateException("netral serve did not print its address: " + first);
      }
      URI health = URI.create("http://" + m.group(1) + ":" + m.group(2) + "/health");
      while (status(health) != 200) {
        if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
          throw new IllegalStateException(health + " did not answer 200 within a minute");
        }
        Thread.sleep(1);
      }
      long ready = System.nanoTime();
      return new long[] {TimeUnit.NANOSECONDS.toMillis(listening - start), TimeUnit.NANOSECONDS.toMillis(ready - start)};
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static int status(URI uri) {
    try {
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      c.setConnectTimeout(5000);
      c.setReadTimeout(5000);
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (in != null) {
          in.readAllBytes();
        }
      }
      return status;
    } catch (IOException e) {
      return -1;
    }
  }
}
