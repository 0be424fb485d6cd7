package se.stockholm.varna.internalcontrol;

/**
 * A finding on its review's page with what the caller may do to it: change it (the reviewer, while
 * the review is not ended and the finding not closed), answer it and plan åtgärder (samordnare or
 * informationsägare of its organisation, until closed), follow up its åtgärder, close it (the
 * reviewer, once answered, unless they answered it themselves).
 */
public record FindingCard(
        FindingView finding, boolean mayEdit, boolean mayAnswer, boolean mayFollow, boolean mayClose) {}
