package crosscheck.digest.summary;

import java.util.Map;
import java.util.Set;

/**
 * The past forms of an English verb, for telling a plan ("is scheduled to meet") from the report that it happened
 * ("met"): the regular forms ("visit": "visited"; "sign": "signed"; "plan": "planned"; "try": "tried") and the
 * irregular ones of verbs news reports use for events.
 */
final class PastForms {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("meet", "met"), Map.entry("go", "went"), Map.entry("hold", "held"), Map.entry("take", "took"),
            Map.entry("make", "made"), Map.entry("give", "gave"), Map.entry("tell", "told"),
            Map.entry("begin", "began"), Map.entry("leave", "left"), Map.entry("send", "sent"),
            Map.entry("win", "won"), Map.entry("lose", "lost"), Map.entry("fly", "flew"), Map.entry("speak", "spoke"),
            Map.entry("come", "came"), Map.entry("see", "saw"), Map.entry("buy", "bought"),
            Map.entry("sell", "sold"), Map.entry("pay", "paid"), Map.entry("run", "ran"),
            Map.entry("strike", "struck"), Map.entry("fight", "fought"), Map.entry("bring", "brought"),
            Map.entry("keep", "kept"), Map.entry("find", "found"), Map.entry("rise", "rose"),
            Map.entry("fall", "fell"), Map.entry("break", "broke"), Map.entry("choose", "chose"),
            Map.entry("drive", "drove"), Map.entry("get", "got"), Map.entry("grow", "grew"),
            Map.entry("know", "knew"), Map.entry("lead", "led"), Map.entry("shoot", "shot"),
            Map.entry("sit", "sat"), Map.entry("stand", "stood"), Map.entry("steal", "stole"),
            Map.entry("think", "thought"), Map.entry("throw", "threw"), Map.entry("write", "wrote"),
            Map.entry("build", "built"), Map.entry("spend", "spent"), Map.entry("seek", "sought"),
            Map.entry("become", "became"), Map.entry("feel", "felt"), Map.entry("hear", "heard"),
            Map.entry("say", "said"), Map.entry("forbid", "forbade"), Map.entry("freeze", "froze"),
            Map.entry("swear", "swore"), Map.entry("undertake", "undertook"), Map.entry("withdraw", "withdrew"),
            Map.entry("hit", "hit"), Map.entry("cut", "cut"), Map.entry("quit", "quit"), Map.entry("set", "set"),
            Map.entry("put", "put"), Map.entry("shut", "shut"), Map.entry("let", "let"), Map.entry("bid", "bid"));
    private static final String VOWELS = "aeiou";

    private PastForms() {
    }

    /** The past forms of a verb in lower case; empty for a word of fewer than two letters. */
    static Set<String> of(String verb) {
        if (verb.length() < 2) return Set.of();
        String irregular = IRREGULAR.get(verb);
        if (irregular != null) return Set.of(irregular);
        if (verb.endsWith("e")) return Set.of(verb + "d");
        char last = verb.charAt(verb.length() - 1);
        char before = verb.charAt(verb.length() - 2);
        if (last == 'y' && VOWELS.indexOf(before) < 0) return Set.of(verb.substring(0, verb.length() - 1) + "ied");
        if (VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0 && VOWELS.indexOf(before) >= 0
                && (verb.length() < 3 || VOWELS.indexOf(verb.charAt(verb.length() - 3)) < 0)) {
            return Set.of(verb + "ed", verb + last + "ed"); // "visited", "planned": the stress decides
        }
        return Set.of(verb + "ed");
    }
}
