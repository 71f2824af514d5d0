package dev.retort.diff;

import java.util.List;

/**
 * Compares expressions by their normalised text only. Defaults whose normalised text differs are
 * reported as different (the normalisation covers what PostgreSQL adds to defaults); check
 * conditions and index predicates are rewritten so much by PostgreSQL that a textual difference
 * proves nothing, so they are left undecided and never reported as changed.
 */
public final class TextualExpressionCanonicalizer implements ExpressionCanonicalizer {

    @Override
    public List<ExpressionVerdict> judge(List<ExpressionQuestion> questions) {
        return questions.stream().map(TextualExpressionCanonicalizer::judge).toList();
    }

    private static ExpressionVerdict judge(ExpressionQuestion question) {
        boolean same = question.kind() == ExpressionQuestion.Kind.DEFAULT
                ? ExpressionText.normalise(question.databaseText()).equals(ExpressionText.normalise(question.targetText()))
                : ExpressionText.normaliseCondition(question.databaseText())
                        .equals(ExpressionText.normaliseCondition(question.targetText()));
        if (same) {
            return ExpressionVerdict.SAME;
        }
        return question.kind() == ExpressionQuestion.Kind.DEFAULT ? ExpressionVerdict.DIFFERENT : ExpressionVerdict.UNDECIDED;
    }
}
