package id.netral.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the stream benchmark: what reading an NDJSON file and writing one JSON line per line
 * costs with Jackson on one thread, and nothing else. Each line is parsed into a tree and the tree
 * written back to standard output.
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.netral.benchmarks.StreamFloor FILE > /dev/null} ({@code -}: standard
 * input, as {@code netral eval} reads it)
 */
public final class StreamFloor {
  private StreamFloor() {}

  /**
   * @param args the file to read, or {@code -} for standard input
   * @throws IOException when it cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    long lines = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new BufferedInputStream(args[0].equals("-") ? System.in : Files.newInputStream(Path.of(args[0])), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode tree = mapper.readTree(line);
        mapper.writeValue(out, tree);
        out.write('\n');
        lines++;
      }
    }
    System.err.println(lines + " lines");
  }
}
