package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.NeutralityEngine;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Stopping lets the requests in flight finish, refuses new ones, then closes. */
class DrainTest {
  @Test
  void stop_requestInFlight_finishesItThenRefusesNewRequests() throws Exception {
    // given: a request whose body is half sent, so it is in flight
    NetralServer server = NetralServer.start(NeutralityEngine.withBundledRules(), NetralServer.Options.DEFAULT.withPort(0));
    Http http = new Http(server.uri());
    byte[] body = ServerTest.VILLAGE_HEAD.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket(server.uri().getHost(), server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: " + body.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 20);
      out.flush();
      awaitInFlight(server);

      // when: the server is told to stop while the request waits for the rest of its body
      CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(30)));
      Http.Answer late = awaitStopping(http);
      out.write(body, 20, body.length - 20);
      out.flush();
      String answer = new String(Http.readAnswer(s.getInputStream()), StandardCharsets.UTF_8);

      // then
      assertThat(late.status()).as("a request after stop began").isEqualTo(503);
      assertThat(answer).startsWith("HTTP/1.1 200");
      assertThat(answer).contains("\"verdict\":\"VIOLATION\"");
      assertThat(stopping.get()).as("every request in flight finished").isTrue();
      server.awaitStop();
    }
  }

  @Test
  void stop_idle_returnsAndClosesThePort() throws Exception {
    // given
    NetralServer server = NetralServer.start(NeutralityEngine.withBundledRules(), NetralServer.Options.DEFAULT.withPort(0));
    Http http = new Http(server.uri());
    assertThat(http.get("/health").status()).isEqualTo(200);

    // when
    boolean drained = server.stop(Duration.ofSeconds(30));

    // then
    assertThat(drained).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket(server.uri().getHost(), server.port()).close())
        .isInstanceOf(java.net.ConnectException.class);
  }

  /** Waits until the server has read the half-sent request's headers and waits for its body. */
  private static void awaitInFlight(NetralServer server) throws InterruptedException {
    for (int i = 0; i < 6000 && server.inFlight() == 0; i++) {
      Thread.sleep(5);
    }
    assertThat(server.inFlight()).isEqualTo(1);
  }

  /** Sends requests until one is answered 503 (stopping) rather than 200. */
  private static Http.Answer awaitStopping(Http http) throws Exception {
    for (int i = 0; i < 2000; i++) {
      Http.Answer a;
      try {
        a = http.get("/health");
      } catch (java.io.IOException e) {
        throw new AssertionError("the server closed while a request was in flight", e);
      }
      if (a.status() != 200) {
        return a;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the server never began to stop");
  }
}
