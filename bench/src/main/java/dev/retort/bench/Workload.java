package dev.retort.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A generated benchmark workload: the base model, the mutated model and the changes that lead from
 * one to the other. Everything follows from N and the seed.
 *
 * @param n        the number of base entities
 * @param seed     the seed the models were drawn with
 * @param k        how many times each kind of change was applied
 * @param base     the base entities
 * @param mutated  the mutated entities
 * @param expected the entries check must report, sorted by key
 */
public record Workload(int n, long seed, int k, List<EntitySpec> base, List<EntitySpec> mutated,
                       List<ExpectedChange> expected) {

    public static final long DEFAULT_SEED = 20_261_201L;

    public Workload {
        base = List.copyOf(base);
        mutated = List.copyOf(mutated);
        expected = expected.stream().sorted(Comparator.comparing(ExpectedChange::key)).toList();
    }

    /** Draws the workload for n entities. */
    public static Workload generate(int n, long seed) {
        if (n < 20) {
            throw new IllegalArgumentException("N must be at least 20, not " + n);
        }
        Random random = new Random(seed * 1_000_003L + n);
        ModelGenerator generator = new ModelGenerator(random);
        List<EntitySpec> base = generator.entities(n);
        int k = Math.max(1, n / 200);
        Mutator mutator = new Mutator(generator, random, base, k);
        List<ExpectedChange> expected = new ArrayList<>();
        List<EntitySpec> mutated = mutator.apply(expected);
        return new Workload(n, seed, k, base, mutated, expected);
    }

    /** The expected keys, sorted. */
    public List<String> expectedKeys() {
        return expected.stream().map(ExpectedChange::key).toList();
    }
}
