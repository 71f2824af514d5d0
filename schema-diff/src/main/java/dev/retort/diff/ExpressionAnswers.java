package dev.retort.diff;

import java.util.List;

/**
 * What an {@link ExpressionCanonicalizer} answered for one batch.
 *
 * @param verdicts     one per question, in the order asked
 * @param restorations one per reflected expression, in the order asked
 */
public record ExpressionAnswers(List<ExpressionVerdict> verdicts, List<Restoration> restorations) {

    public ExpressionAnswers {
        verdicts = List.copyOf(verdicts);
        restorations = List.copyOf(restorations);
    }
}
