package dev.acquire4j.tck;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;

/**
 * Runs the rules in the order of their numbers ({@code r1_1} to {@code r10_4}, so {@code r7_10}
 * after {@code r7_9}), whichever group declares them; methods without a rule number come last, by
 * name. Reports then read as the rules are numbered. {@link AcquireClientContract} uses it; a class
 * composing its own choice of rule groups may too, with {@code @TestMethodOrder(RuleOrder.class)}.
 * Stateless and thread-safe.
 */
public final class RuleOrder implements MethodOrderer {
    private static final Pattern NUMBER = Pattern.compile("r(\\d+)_(\\d+)_.*");
    private static final Comparator<MethodDescriptor> BY_NUMBER = Comparator
            .comparingLong((MethodDescriptor m) -> key(m.getMethod().getName()))
            .thenComparing(m -> m.getMethod().getName());

    /** Creates the orderer; JUnit does, through {@code @TestMethodOrder}. */
    public RuleOrder() {}

    /**
     * Sorts the methods by rule number.
     *
     * @param context the methods of one test class
     */
    @Override
    public void orderMethods(MethodOrdererContext context) {
        context.getMethodDescriptors().sort(BY_NUMBER);
    }

    /** {@return group times 1,000 plus rule, or {@link Long#MAX_VALUE} for a name without a number} */
    static long key(String methodName) {
        Matcher m = NUMBER.matcher(methodName);
        return m.matches() ? Long.parseLong(m.group(1)) * 1_000 + Long.parseLong(m.group(2)) : Long.MAX_VALUE;
    }
}
