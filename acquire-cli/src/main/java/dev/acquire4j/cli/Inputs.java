package dev.acquire4j.cli;

import dev.acquire4j.domain.ValidationException;
import dev.acquire4j.domain.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parses command-line values through the domain and collects every violation, named by its option,
 * so that one error lists them all before any I/O. Not thread-safe: one per command run.
 *
 * <p>A value that fails to parse is left {@code null}; the domain builders accept that and report
 * the field as missing, which this class drops because the parse error already named the option.
 */
final class Inputs {
    private final Map<String, String> optionOfField;
    private final List<Violation> found = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    /**
     * Starts an empty collection.
     *
     * @param optionOfField the option that feeds each domain field, e.g. {@code caseId -> --case-id};
     *     fields not listed are shown as {@code --field}
     */
    Inputs(Map<String, String> optionOfField) {
        this.optionOfField = Map.copyOf(optionOfField);
    }

    /**
     * Parses one value, recording its violations under {@code option}.
     *
     * @param option the option as the user typed it, with an index for repeated ones, e.g. {@code --to[1]}
     * @param parser the domain parser
     * @param text the value; {@code null} when the option was not given
     * @return the value, or {@code null} if it was absent or invalid
     */
    <T> T parse(String option, Function<String, T> parser, String text) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                add(option, v.rule(), v.shownValue());
            }
            return null;
        }
    }

    /**
     * Records a violation found by the command itself, such as an unreadable file.
     *
     * @param option the option
     * @param rule what is wrong, in plain words
     */
    void reject(String option, String rule) {
        add(option, rule, "");
    }

    /**
     * Builds a value whose builder checks rules over several fields, adding its violations (named
     * by option) to those already found. Does not throw: call {@link #throwIfAny()} when done.
     *
     * @param builder builds the value and may throw {@link ValidationException}
     * @return the value, or {@code null} if the builder refused it
     */
    <T> T attempt(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                String option = optionOfField.getOrDefault(v.field(), "--" + v.field());
                if (!reported.contains(option)) {
                    add(option, v.rule(), v.shownValue());
                }
            }
            return null;
        }
    }

    /**
     * Throws if any violation was found.
     *
     * @throws ValidationException listing every violation, by option
     */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException("input", found);
        }
    }

    private void add(String option, String rule, String shownValue) {
        found.add(new Violation(option, rule, shownValue));
        reported.add(option.replaceAll("\\[\\d+]$", ""));
        reported.add(option);
    }
}
