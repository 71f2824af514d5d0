package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares check constraints by name; a body change (as the canonicalizer decides) is a drop and an
 * add. Constraints left over on both sides match when their normalised bodies are equal, so a pure
 * rename is no change.
 */
final class CheckComparator {
    private final ExpressionJudge judge;
    private final NormalisedText text;

    CheckComparator(ExpressionJudge judge, NormalisedText text) {
        this.judge = judge;
        this.text = text;
    }

    void compare(Table db, Table target, TableChanges changes) {
        Map<String, CheckConstraint> byName = new LinkedHashMap<>();
        db.checks().forEach(c -> byName.put(c.name(), c));
        List<CheckConstraint> unmatched = new ArrayList<>();
        for (CheckConstraint wanted : target.checks()) {
            CheckConstraint current = byName.remove(wanted.name());
            if (current == null) {
                unmatched.add(wanted);
            } else if (changed(current, wanted, target, changes)) {
                changes.droppedChecks.add(current);
                changes.addedChecks.add(wanted);
            }
        }
        Map<String, List<CheckConstraint>> byBody = new HashMap<>();
        byName.values().forEach(c -> byBody.computeIfAbsent(body(c), k -> new ArrayList<>()).add(c));
        List<CheckConstraint> added = new ArrayList<>();
        for (CheckConstraint wanted : unmatched) {
            List<CheckConstraint> candidates = byBody.get(body(wanted));
            if (candidates != null && !candidates.isEmpty()) {
                byName.remove(candidates.remove(0).name());
            } else {
                added.add(wanted);
            }
        }
        changes.droppedChecks.addAll(byName.values());
        changes.addedChecks.addAll(added);
    }

    private boolean changed(CheckConstraint current, CheckConstraint wanted, Table target, TableChanges changes) {
        if (text.sameCondition(current.expression(), wanted.expression())) {
            return false;
        }
        ExpressionQuestion question = new ExpressionQuestion(ExpressionQuestion.Kind.CHECK, changes.table,
                wanted.name(), current.expression(), wanted.expression(), target.columns());
        return judge.ask(question) == ExpressionVerdict.DIFFERENT;
    }

    private String body(CheckConstraint check) {
        return text.condition(check.expression());
    }
}
