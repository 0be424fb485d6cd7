package se.stockholm.varna.internalcontrol;

/** An evidence file to send: its name, our content type for it, and its bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {}
