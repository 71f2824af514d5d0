package dev.retort.diff;

import java.util.List;

/**
 * Decides whether reflected and modelled expressions mean the same when their normalised text
 * differs, and how to re-create reflected expressions so that the database stores them exactly as
 * they were. The differ collects every question of a diff first and hands them over in one call, so
 * an implementation that asks the database can do it in a single round trip.
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

    /**
     * The texts to re-create reflected expressions with. This default keeps every reflected text,
     * {@link Restoration.Outcome#UNCHECKED}.
     *
     * @return one restoration per expression, in the order of {@code expressions}
     */
    default List<Restoration> restore(List<ReflectedExpression> expressions) {
        return expressions.stream().map(Restoration::unchecked).toList();
    }

    /**
     * {@link #judge} and {@link #restore} in one call; an implementation that asks the database does
     * both in one round trip. This default calls the two, skipping an empty list.
     */
    default ExpressionAnswers answer(List<ExpressionQuestion> questions, List<ReflectedExpression> expressions) {
        return new ExpressionAnswers(questions.isEmpty() ? List.of() : judge(questions),
                expressions.isEmpty() ? List.of() : restore(expressions));
    }

    /** The canonicalizer that needs no database: see {@link TextualExpressionCanonicalizer}. */
    static ExpressionCanonicalizer textual() {
        return new TextualExpressionCanonicalizer();
    }
}
