package se.stockholm.varna.organisation;

/** A unit to choose in a form, its label indented to show the tree. */
public record OrgUnitChoice(long id, String label) {}
