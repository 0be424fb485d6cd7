package se.stockholm.varna.internalcontrol;

import java.util.List;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/** Who may do what in internkontroll; where (scope) is checked by the services. */
final class InternalControlRoles {

    /** The samordnare owns the internkontroll plan in scope (MODEL.md §2). */
    static final List<String> PLAN_OWNERS = List.of(Roles.SAMORDNARE);

    /** A follow-up is reported by the samordnare or by the informationsägare who performed the control. */
    static final List<String> FOLLOW_UP_RECORDERS = List.of(Roles.SAMORDNARE, Roles.INFORMATIONSAGARE);

    /** The year's periods are configuration: the admin and the central function set them up. */
    static final List<String> PERIOD_CONFIGURERS = List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE);

    /** Closing and reopening a period freezes or thaws what was reported: the central function only. */
    static final List<String> PERIOD_CLOSERS = List.of(Roles.CENTRAL_SAMORDNARE);

    private InternalControlRoles() {}

    static void require(CurrentUser user, List<String> roles, String what) {
        if (!user.hasAnyRole(roles)) {
            throw Problems.forbidden(what);
        }
    }

    static void requireReader(CurrentUser user) {
        require(user, Roles.PEOPLE, "Du saknar behörighet att läsa internkontroll.");
    }
}
