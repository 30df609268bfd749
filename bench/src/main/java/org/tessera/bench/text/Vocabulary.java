package org.tessera.bench.text;

import java.util.List;

/**
 * The words one language's tickets are written with. Subjects are "thing + trouble [+ circumstance]"; bodies are
 * a greeting, sentences from the requester's or the agent's side, and a sign-off. Sentences may hold {thing},
 * {error}, {ref} and {when}, filled per ticket.
 */
public record Vocabulary(String code, List<String> firstNames, List<String> lastNames, List<String> things,
                         List<String> troubles, List<String> circumstances, List<String> errors,
                         List<String> greetings, List<String> requesterLines, List<String> agentLines,
                         List<String> notes, List<String> signOffs, List<String> whens) {
}
