package dev.retort.diff;

import java.util.List;

/**
 * Decides whether reflected and modelled expressions mean the same when their normalised text
 * differs. The differ collects every such question of a diff first and hands them over in one call,
 * so an implementation that asks the database can do it in a single round trip.
 */
public interface ExpressionCanonicalizer {

    /**
     * Answers every question.
     *
     * @return one verdict per question, in the order of {@code questions}
     * @throws dev.retort.RetortException with {@link dev.retort.ErrorKind#MODEL} when a modelled
     *         expression is not valid
     */
    List<ExpressionVerdict> judge(List<ExpressionQuestion> questions);

    /** The canonicalizer that needs no database: see {@link TextualExpressionCanonicalizer}. */
    static ExpressionCanonicalizer textual() {
        return new TextualExpressionCanonicalizer();
    }
}
