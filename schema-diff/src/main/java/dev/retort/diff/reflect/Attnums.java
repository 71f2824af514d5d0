package dev.retort.diff.reflect;

import java.util.Arrays;

/** Parses the space-separated numbers PostgreSQL prints for an {@code int2vector} (or an array joined by blanks). */
final class Attnums {
    private Attnums() {
    }

    static int[] parse(String text) {
        int[] numbers = new int[4];
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            if (i == length) {
                break;
            }
            boolean negative = text.charAt(i) == '-';
            if (negative) {
                i++;
            }
            int value = 0;
            while (i < length && text.charAt(i) != ' ') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = negative ? -value : value;
        }
        return count == numbers.length ? numbers : Arrays.copyOf(numbers, count);
    }
}
