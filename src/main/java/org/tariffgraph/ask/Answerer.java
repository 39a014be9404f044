package org.tariffgraph.ask;

/**
 * Answers the questions of one {@link Intent}: runs the intent's query file with values from the
 * {@link Reading} as parameters, and says the rows in one sentence. To teach ask a new kind of
 * answer, add an intent, its rule in {@link IntentRules}, a query file and an answerer, and register
 * the answerer in {@link Asker}.
 */
interface Answerer {

    Answer answer(String question, Reading reading);
}
