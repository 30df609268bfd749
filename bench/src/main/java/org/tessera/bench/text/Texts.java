package org.tessera.bench.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes ticket subjects and messages in English or Portuguese from the word lists, fast and reproducibly. */
public final class Texts {

    public static final Vocabulary ENGLISH = English.vocabulary();
    public static final Vocabulary PORTUGUESE = Portuguese.vocabulary();

    private Texts() {
    }

    public static Vocabulary of(boolean portuguese) {
        return portuguese ? PORTUGUESE : ENGLISH;
    }

    /** "Printer not printing on the third floor", sometimes with a prefix people really type. */
    public static String subject(Vocabulary v, String thing, SplittableRandom random) {
        var s = new StringBuilder(64);
        int prefix = random.nextInt(20);
        if (prefix == 0) {
            s.append(v.code().equals("pt") ? "URGENTE: " : "URGENT: ");
        } else if (prefix == 1) {
            s.append("Fwd: ");
        }
        s.append(thing).append(' ').append(pick(v.troubles(), random));
        if (random.nextInt(3) > 0) {
            s.append(' ').append(pick(v.circumstances(), random));
        }
        return s.toString();
    }

    /** What the requester writes when opening the ticket. */
    public static String description(Vocabulary v, String thing, String name, SplittableRandom random) {
        return letter(v, pick(v.greetings(), random), v.requesterLines(), 2 + random.nextInt(4), thing, name, random);
    }

    public static String requesterReply(Vocabulary v, String thing, String name, SplittableRandom random) {
        return letter(v, pick(v.greetings(), random), v.requesterLines(), 1 + random.nextInt(3), thing, name, random);
    }

    /** An agent answers the requester by first name: "Hi Ana," or "Olá Ana,". */
    public static String agentReply(Vocabulary v, String thing, String to, String name, SplittableRandom random) {
        String greeting = (v.code().equals("pt") ? "Olá " : "Hi ") + to.split(" ")[0] + ",";
        return letter(v, greeting, v.agentLines(), 1 + random.nextInt(4), thing, name, random);
    }

    public static String note(Vocabulary v, SplittableRandom random) {
        return pick(v.notes(), random);
    }

    /** A search people type: a word of a subject, two words, or the start of one ("impress"). */
    public static String searchTerm(SplittableRandom random) {
        Vocabulary v = random.nextInt(3) == 0 ? PORTUGUESE : ENGLISH;
        List<String> words = words(pick(v.things(), random));
        String word = words.get(random.nextInt(words.size()));
        return switch (random.nextInt(4)) {
            case 0 -> word + " " + words(pick(v.troubles(), random)).get(0);
            case 1 -> word.length() > 5 ? word.substring(0, 5) : word;
            default -> word;
        };
    }

    private static List<String> words(String phrase) {
        var result = new ArrayList<String>();
        for (String w : phrase.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                result.add(w.toLowerCase());
            }
        }
        return result.isEmpty() ? List.of(phrase.toLowerCase()) : result;
    }

    private static String letter(Vocabulary v, String greeting, List<String> lines, int sentences, String thing,
                                 String name, SplittableRandom random) {
        var s = new StringBuilder(400);
        s.append(greeting).append("\n\n");
        int[] used = new int[sentences];
        for (int i = 0; i < sentences; i++) {
            int line = distinct(used, i, lines.size(), random);
            if (i > 0) {
                s.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            fill(s, lines.get(line), v, thing, random);
        }
        s.append("\n\n").append(pick(v.signOffs(), random)).append('\n').append(name);
        return s.toString();
    }

    /** A line index not among the first {@code count} of {@code used}; records it there. */
    private static int distinct(int[] used, int count, int size, SplittableRandom random) {
        while (true) {
            int candidate = random.nextInt(size);
            boolean seen = false;
            for (int j = 0; j < count; j++) {
                seen |= used[j] == candidate;
            }
            if (!seen || count >= size) {
                used[count] = candidate;
                return candidate;
            }
        }
    }

    private static void fill(StringBuilder s, String line, Vocabulary v, String thing, SplittableRandom random) {
        int from = 0;
        int open;
        while ((open = line.indexOf('{', from)) >= 0) {
            int close = line.indexOf('}', open);
            s.append(line, from, open);
            switch (line.substring(open + 1, close)) {
                case "thing" -> s.append(thing.toLowerCase());
                case "error" -> s.append(pick(v.errors(), random));
                case "when" -> s.append(pick(v.whens(), random));
                default -> s.append(v.code().equals("pt") ? "PC-" : "PO-").append(100_000 + random.nextInt(900_000));
            }
            from = close + 1;
        }
        s.append(line, from, line.length());
    }

    public static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
