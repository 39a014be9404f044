package org.tariffgraph.ask;

import java.util.Set;

/** Everyday English words: never taken for a misspelt name, never reported as unknown. */
final class CommonWords {

    static final Set<String> SET = Set.of(
            "a", "about", "above", "across", "administration", "after", "afternoon", "again", "against", "agreement",
            "all", "already", "also", "am", "american", "among", "amount", "an", "and", "another", "any", "are",
            "around", "article", "articles", "as", "ask", "asked", "at", "away", "back", "bargaining", "be",
            "because", "been", "before", "beginning", "being", "below", "between", "big", "bilateral", "both", "but",
            "by", "cabinet", "call", "called", "calling", "calls", "can", "cannot", "chief", "chip", "chips",
            "combined", "compare", "concession", "concessions", "could", "countries", "country", "current",
            "currently", "customs", "date", "dates", "day", "days", "deal", "dealing", "dealt", "describe", "did",
            "different", "discuss", "discussed", "discussion", "discussions", "do", "document", "documents", "does",
            "doing", "done", "down", "during", "duties", "duty", "each", "earlier", "early", "economic", "economy",
            "either", "else", "end", "even", "evening", "ever", "every", "explain", "export", "exports", "few",
            "find", "first", "for", "from", "further", "get", "give", "given", "go", "going", "gone", "good", "goods",
            "got", "government", "governments", "had", "happen", "happened", "happening", "has", "have", "having",
            "he", "head", "held", "her", "here", "hers", "high", "highest", "him", "his", "hold", "holding", "how",
            "however", "i", "if", "import", "imports", "in", "include", "includes", "including", "industries",
            "industry", "into", "involve", "involved", "involving", "is", "it", "its", "itself", "japan", "japanese",
            "just", "key", "kind", "kinds", "know", "last", "late", "later", "latest", "least", "less", "let",
            "level", "levels", "levies", "levy", "like", "list", "long", "lowest", "made", "main", "major", "make",
            "many", "may", "me", "measure", "measures", "meet", "meeting", "meetings", "mention", "mentioned",
            "mentions", "met", "mid", "middle", "might", "minister", "ministerial", "ministers", "minor", "month",
            "months", "more", "morning", "most", "much", "must", "my", "name", "near", "need", "negotiate",
            "negotiated", "negotiating", "negotiation", "negotiations", "negotiator", "never", "new", "next", "night",
            "no", "nor", "not", "now", "number", "of", "off", "offer", "offered", "offering", "offers", "official",
            "officials", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out",
            "outline", "over", "overall", "own", "package", "part", "parties", "parts", "party", "past", "people",
            "per", "percent", "person", "phone", "phoned", "place", "placed", "places", "please", "president",
            "prime", "product", "products", "proposal", "proposals", "propose", "proposed", "put", "quite", "rate",
            "rates", "rather", "really", "recent", "recently", "report", "reported", "reports", "round", "rounds",
            "said", "same", "say", "says", "second", "secretary", "sector", "sectors", "see", "seen", "separate",
            "session", "sessions", "she", "short", "should", "show", "side", "sides", "since", "small", "so", "some",
            "sort", "source", "sources", "speak", "speaking", "spoke", "spoken", "start", "state", "stated", "states",
            "still", "stories", "story", "such", "summarise", "summarize", "summit", "table", "take", "talk",
            "talked", "talking", "talks", "tariff", "tariffs", "team", "tell", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "thing", "things", "think", "third", "this", "those", "though",
            "through", "time", "times", "to", "today", "tokyo", "tomorrow", "too", "took", "top", "total", "trade",
            "trading", "travel", "traveled", "travelled", "trip", "trips", "type", "types", "under", "united",
            "until", "up", "upon", "us", "very", "via", "visit", "visited", "want", "was", "washington", "way", "we",
            "week", "weeks", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
            "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "years", "yesterday", "yet",
            "you", "your");

    private CommonWords() {}
}
