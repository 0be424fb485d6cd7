package se.stockholm.varna.classification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How far a handlingsplan (or a set of them) is fulfilled. {@code rate} is fulfilled / (applicable −
 * not applicable); DELVIS and unassessed requirements count as not fulfilled; null when nothing
 * applies. See ADR 0009.
 */
@Serdeable
public record FulfilmentView(
        int applicable,
        int fulfilled,
        int partial,
        int notFulfilled,
        int notApplicable,
        int unassessed,
        @Nullable Double rate) {

    public static final FulfilmentView NONE = new FulfilmentView(0, 0, 0, 0, 0, 0, null);

    /** The counts of both added up, the rate computed anew over the sums (not an average of rates). */
    public FulfilmentView plus(FulfilmentView other) {
        return of(
                applicable + other.applicable,
                fulfilled + other.fulfilled,
                partial + other.partial,
                notFulfilled + other.notFulfilled,
                notApplicable + other.notApplicable);
    }

    static FulfilmentView of(int applicable, int fulfilled, int partial, int notFulfilled, int notApplicable) {
        int counted = applicable - notApplicable;
        int unassessed = applicable - fulfilled - partial - notFulfilled - notApplicable;
        return new FulfilmentView(
                applicable,
                fulfilled,
                partial,
                notFulfilled,
                notApplicable,
                unassessed,
                counted <= 0 ? null : (double) fulfilled / counted);
    }

    /** The rate as a whole percentage (rounded half up), or null when nothing applies. */
    @Nullable
    public Integer percent() {
        return rate == null ? null : (int) Math.round(rate * 100);
    }
}
