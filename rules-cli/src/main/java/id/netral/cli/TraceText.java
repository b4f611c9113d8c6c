package id.netral.cli;

import id.netral.core.Trace;
import java.io.PrintWriter;

/**
 * {@code eval --trace}: the trace of a scenario as lines a person reads, on stderr so that standard
 * output keeps the result in its format.
 *
 * <pre>
 * trace file: scenario, act a1: SOCIAL_MEDIA_ENGAGEMENT on 2023-10-05 (actorType = PNS, stage = ...)
 *   fired          skb-2022/lampiran-2/kode-etik/4
 *   not fired      skb-2022/lampiran-2/disiplin/6
 *                    candidateStatus == CandidateStatus.DETERMINED   [candidateStatus = PROSPECTIVE]
 * </pre>
 */
final class TraceText {
  private TraceText() {}

  static void print(PrintWriter out, String file, Trace trace) {
    for (Trace.Act act : trace.acts()) {
      out.println(Escape.text("trace " + file + ": " + trace.scenario() + ", act " + act.act() + ": " + act.type()
          + " on " + act.date() + " (" + String.join(", ", act.facts()) + ")"));
      if (act.rules().isEmpty()) {
        out.println("  no rule names this type of act");
      }
      for (Trace.Rule r : act.rules()) {
        out.println(Escape.text(String.format("  %-15s%s", label(r.outcome()), r.id())));
        for (Trace.Condition c : r.failed()) {
          out.println(Escape.text("                   " + (c.readable() ? "" : "? ") + c.condition()
              + (c.values().isEmpty() ? "" : "   [" + String.join("; ", c.values()) + "]")));
        }
      }
    }
  }

  private static String label(Trace.Outcome outcome) {
    return switch (outcome) {
      case FIRED -> "fired";
      case ASKED -> "asked";
      case CHARACTERISED -> "characterised";
      case NO_CONSEQUENCE -> "no consequence";
      case NOT_FIRED -> "not fired";
    };
  }
}
