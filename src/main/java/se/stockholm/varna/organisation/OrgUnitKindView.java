package se.stockholm.varna.organisation;

/** A kind of OrgUnit with its Swedish name, for filters and forms. */
public record OrgUnitKindView(String code, String name) {}
