package dev.retort.diff;

import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the comparators take the expression questions textual normalisation could not settle. The
 * differ first runs the comparison with {@link Recorder}, which collects the questions, hands them
 * to the canonicalizer in one batch, then runs it again with the {@link Answers}.
 */
interface ExpressionJudge {

    ExpressionVerdict ask(ExpressionQuestion question);

    /** What identifies a question between the two runs. */
    record Key(ExpressionQuestion.Kind kind, TableName table, String name) {
        static Key of(ExpressionQuestion question) {
            return new Key(question.kind(), question.table(), question.name());
        }
    }

    /** Collects questions and answers SAME for now. */
    final class Recorder implements ExpressionJudge {
        private final List<ExpressionQuestion> questions = new ArrayList<>();

        @Override
        public ExpressionVerdict ask(ExpressionQuestion question) {
            questions.add(question);
            return ExpressionVerdict.SAME;
        }

        int count() {
            return questions.size();
        }

        List<ExpressionQuestion> questions() {
            return questions;
        }
    }

    /** Answers from the canonicalizer's verdicts. */
    final class Answers implements ExpressionJudge {
        private final Map<Key, ExpressionVerdict> verdicts = new HashMap<>();

        Answers(List<ExpressionQuestion> questions, List<ExpressionVerdict> verdicts) {
            if (verdicts.size() != questions.size()) {
                throw new IllegalStateException("the expression canonicalizer answered " + verdicts.size()
                        + " of " + questions.size() + " questions");
            }
            for (int i = 0; i < questions.size(); i++) {
                this.verdicts.put(Key.of(questions.get(i)), verdicts.get(i));
            }
        }

        @Override
        public ExpressionVerdict ask(ExpressionQuestion question) {
            return verdicts.getOrDefault(Key.of(question), ExpressionVerdict.UNDECIDED);
        }
    }
}
